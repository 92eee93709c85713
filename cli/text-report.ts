import { columnLetter } from '../shared/cells.ts';
import { isoFromDay } from '../shared/dates.ts';
import type { TrackerEvaluation } from '../shared/evaluate.ts';
import { ROLE_LABEL, ROLES } from '../shared/layout/roles.ts';
import { PASS_ELEMENT_PERCENT } from '../shared/readiness.ts';
import { REFERENCE_CHECKLIST } from '../shared/reference/checklist.ts';
import { ELEMENT_BY_ID } from '../shared/reference/elements.ts';

const BAR_WIDTH = 20;

/** A bar of the percent, with a mark at the 50 % line every element must reach. */
function bar(percent: number | null): string {
  const filled = percent === null ? 0 : Math.round((percent / 100) * BAR_WIDTH);
  const cells: string[] = Array.from({ length: BAR_WIDTH }, (_, i) => (i < filled ? '█' : '·'));
  cells[(PASS_ELEMENT_PERCENT / 100) * BAR_WIDTH] = filled > (PASS_ELEMENT_PERCENT / 100) * BAR_WIDTH ? '█' : '|';
  return cells.join('');
}

function pct(percent: number | null): string {
  return percent === null ? '  n/a' : `${percent.toFixed(1).padStart(5)} %`;
}

/** The readable report: layout found, element bars, verdict with reasons, gaps by row. */
export function renderTextReport(file: string, evaluation: TrackerEvaluation, today: number): string {
  const { layout, items, verdicts, readiness, missing } = evaluation;
  const out: string[] = [];
  out.push(`SECOR readiness of ${file} (as of ${isoFromDay(today)})`, '');
  out.push(`Header row ${layout.headerRow + 1}. Columns:`);
  for (const role of ROLES) {
    const c = layout.columns[role];
    if (c !== null) out.push(`  ${columnLetter(c).padEnd(3)} ${ROLE_LABEL[role].padEnd(34)} "${layout.headers[c] ?? ''}" (${Math.round(layout.confidence[role] * 100)} % sure)`);
  }
  if (layout.points) out.push(`  Scored in points: available ${columnLetter(layout.points.available)}, earned ${columnLetter(layout.points.earned)}.`);
  out.push('');

  out.push('Elements (| marks the 50 % each element needs):');
  for (const e of readiness.elements) {
    const counts = e.points ? `${e.points.earned}/${e.points.available} points, ${e.ready}/${e.applicable} items ready` : `${e.ready}/${e.applicable} ready`;
    out.push(`  ${e.id} ${e.name.padEnd(36)} ${bar(e.percent)} ${pct(e.percent)}  ${counts}`);
  }
  if (readiness.gate.applicable > 0) out.push(`  E0 eligibility & submission (not scored): ${readiness.gate.ready}/${readiness.gate.applicable} ready`);
  out.push('');
  const { overall } = readiness;
  out.push(`Overall: ${pct(overall.percent).trim()} (${overall.ready}/${overall.applicable} items ready${readiness.scoredBy === 'points' ? `, ${overall.points!.earned}/${overall.points!.available} points` : ''})`);
  out.push(overall.pass ? 'Predicted result: PASS (>= 80 % overall and >= 50 % in every element the tracker covers)' : 'Predicted result: FAIL');
  for (const reason of overall.reasons) out.push(`  - ${reason}`);
  if (readiness.elementsWithoutItems.length > 0) {
    const names = readiness.elementsWithoutItems.map((id) => `${id} ${ELEMENT_BY_ID.get(id)!.name}`).join(', ');
    out.push(`  ! No items for ${names}: the audit scores every element, so add their requirements (listed below).`);
  }
  out.push('');

  const findings = items.map((item, i) => ({ item, verdict: verdicts[i]! }));
  const section = (title: string, rows: typeof findings): void => {
    if (rows.length === 0) return;
    out.push(`${title} (${rows.length} ${rows.length === 1 ? 'row' : 'rows'}):`);
    for (const { item, verdict } of rows) {
      const label = [item.requirement?.id ?? item.element ?? '', item.text.length > 60 ? `${item.text.slice(0, 57)}...` : item.text].filter(Boolean).join(' ');
      out.push(`  row ${String(item.row + 1).padEnd(4)} ${label}`, `           ${[...verdict.gaps, ...verdict.warnings].join(', ')}`);
      for (const detail of verdict.details) out.push(`           ${detail}`);
    }
    out.push('');
  };
  if (items.length === 0) out.push(`No items found under the header in row ${layout.headerRow + 1}: add a row per requirement.`, '');
  const gapRows = findings.filter(({ verdict }) => verdict.status === 'gap');
  if (gapRows.length === 0 && items.length > 0) out.push('No gaps.', '');
  section('Gaps to fix', gapRows);
  section('Warnings on rows that still count as ready', findings.filter(({ verdict }) => verdict.status === 'ready' && verdict.warnings.length > 0));
  if (missing.length > 0) {
    out.push(`Reference requirements no row covers (${missing.length}):`);
    const byId = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));
    for (const id of missing) out.push(`  ${id} ${byId.get(id)?.text ?? ''}`);
  }
  return `${out.join('\n')}\n`;
}
