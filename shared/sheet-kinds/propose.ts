import type { Grid } from '../cells.ts';
import { cellText } from '../cells.ts';
import type { KindReading } from './reading.ts';
import { readAsChecklist } from './checklist.ts';
import { confidenceOf } from './grid-reading.ts';
import { SHEET_KIND_LABEL, type SheetKindProposal } from './kinds.ts';
import { readAsLog } from './log.ts';
import { readAsMatrix } from './matrix.ts';
import { readBusinessRecord } from './not-evidence.ts';
import { readAsRegister } from './register.ts';

/**
 * A sheet's kind shows in its first rows (a header within 50, then a sample below it): each kind
 * reads those only, so a 100,000-row tracker costs no more to place than a short one.
 */
const ROWS_READ = 300;

/** Below this, no reading as evidence is sure enough to propose: the sheet is not evidence. */
const EVIDENCE_THRESHOLD = 0.4;

/**
 * Proposes what one sheet of a workbook is, from its name and its cells: a checklist tracker, a
 * training matrix, an activity log (and of what), a document register, or not evidence. Each
 * kind reads the sheet its own way; the best reading wins, a checklist on a tie (today's tracker
 * stays one). Never throws: any grid, however ragged or large, gets a proposal.
 */
export function proposeSheetKind(name: string, grid: Grid): SheetKindProposal {
  if (grid.every((row) => row.every((cell) => cellText(cell) === ''))) {
    return { kind: 'not-evidence', confidence: 1, reasons: ['the sheet is empty'] };
  }
  const top = grid.length > ROWS_READ ? grid.slice(0, ROWS_READ) : grid;
  const readings = [readAsChecklist(top), readAsMatrix(top), readAsLog(name, top), readAsRegister(name, top)].filter((r): r is KindReading => r !== null);
  // Stable: on equal scores the earlier kind (the checklist first) wins, but for a register: its
  // revisions or numbered titles are no checklist's columns, and its titles read as requirements too.
  readings.sort((a, b) => b.score - a.score || (a.kind === 'document-register' ? -1 : b.kind === 'document-register' ? 1 : 0));
  const best = readings[0];
  const business = readBusinessRecord(name, top);
  if (!best || best.score < EVIDENCE_THRESHOLD || business.score > best.score) {
    const reasons = [...business.reasons];
    if (best) reasons.push(`it reads only weakly as ${SHEET_KIND_LABEL[best.kind]}: ${best.reasons[0]}`);
    else reasons.push("no row names a checklist's columns (requirement, evidence), training courses, a dated log's columns or document revisions");
    return { kind: 'not-evidence', confidence: confidenceOf(Math.max(business.score, 1 - (best?.score ?? 0))), reasons };
  }
  if (best.kind === 'activity-log') return { kind: 'activity-log', activity: best.activity ?? null, confidence: best.score, reasons: best.reasons };
  return { kind: best.kind as Exclude<typeof best.kind, 'activity-log'>, confidence: best.score, reasons: best.reasons };
}
