import { type Grid, cellText } from '../cells.ts';
import { parseElement } from '../element-match.ts';
import { detectLayout, findHeaderRow } from '../layout/detect.ts';
import { ROLES } from '../layout/roles.ts';
import { matcher } from '../evaluate.ts';
import type { KindReading } from './reading.ts';
import { nameList } from '../words.ts';
import { confidenceOf } from './grid-reading.ts';

const REFERENCE_ID = /^E\d-\d{2}$/i;
/** Item rows whose wording is matched: enough to tell SECOR requirements from invoices or findings. */
const MATCH_SAMPLE = 40;

/**
 * Reads a sheet as today's checklist tracker, by the engine's own layout detection: a header row
 * naming a requirement and an evidence column. A header with only one of them still reads as a
 * checklist (the scan then says which column is missing), less surely.
 */
export function readAsChecklist(grid: Grid): KindReading | null {
  const result = detectLayout(grid);
  if (!result.ok) {
    const headerRow = findHeaderRow(grid);
    if (headerRow === null) return null;
    const named = (grid[headerRow] ?? []).map((cell) => cellText(cell)).filter((t) => t !== '');
    const missing = result.error.code === 'no-evidence-column' ? 'an evidence column' : 'a requirement column';
    return { kind: 'checklist', score: 0.45, reasons: [`row ${headerRow + 1} names a checklist's columns (${nameList(named)}) but not ${missing}`] };
  }
  const { layout } = result;
  const roles = ROLES.filter((role) => layout.columns[role] !== null);
  const core = (layout.confidence.requirement + layout.confidence.evidence) / 2;
  // Reference ids or SECOR elements in the rows say so outright.
  let ids = 0;
  let elements = 0;
  let items = 0;
  let matched = 0;
  for (let r = layout.headerRow + 1; r < Math.min(grid.length, layout.headerRow + 201); r++) {
    const row = grid[r] ?? [];
    if (cellText(row[layout.columns.requirement!]) === '') continue;
    items++;
    if (items <= MATCH_SAMPLE && matcher().byWording(cellText(row[layout.columns.requirement!]), null) !== null) matched++;
    if (layout.columns.id !== null && REFERENCE_ID.test(cellText(row[layout.columns.id]))) ids++;
    if (layout.columns.element !== null && parseElement(cellText(row[layout.columns.element])) !== null) elements++;
  }
  const reasons = [
    `row ${layout.headerRow + 1} heads a checklist: ${roles.map((role) => `${role} "${layout.headers[layout.columns[role]!]}"`).join(', ')}`,
    `${items} item rows below`,
  ];
  if (ids > 0) reasons.push(`${ids} rows carry SECOR requirement ids (E4-02 ...)`);
  else if (elements > 0) reasons.push(`${elements} rows name a SECOR element`);
  const sampled = Math.min(items, MATCH_SAMPLE);
  reasons.push(`${matched} of ${sampled === items ? '' : 'the first '}${sampled} items read as SECOR requirements`);
  // A checklist's rows are the audit's requirements: rows that match none are some other list (invoices, findings).
  const byRows = ids > 0 || elements > 0 ? 0.2 : matched === 0 ? -0.1 : 0.25 * (matched / sampled);
  const score = 0.45 + 0.3 * core + 0.03 * Math.min(roles.length - 2, 4) + byRows;
  return { kind: 'checklist', score: confidenceOf(score), reasons };
}
