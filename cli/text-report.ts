import { type SheetListing, logLine, matrixLine } from './sheet-list.ts';
import { columnLetter, isoFromDay, PASS_ELEMENT_PERCENT, REFERENCE_CHECKLIST, ROLE_LABEL, ROLES, type TrackerEvaluation } from '../shared/index.ts';

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

/** The readable report: layout found, the predicted audit per element, verdict with reasons, the rows' own figures, gaps by row. */
export function renderTextReport(file: string, evaluation: TrackerEvaluation, today: number, sheets: readonly SheetListing[], scanned: string): string {
  const { layout, items, readiness, prediction, missing } = evaluation;
  const out: string[] = [];
  out.push(`SECOR readiness of ${file} (as of ${isoFromDay(today)})`, '');
  out.push(sheets.length === 1 ? 'The sheet:' : `The workbook's ${sheets.length} sheets:`);
  const nameWidth = Math.min(24, Math.max(...sheets.map((s) => s.name.length)));
  for (const s of sheets) {
    const here = s.name === scanned ? ' (scanned below)' : '';
    out.push(`  ${s.name.padEnd(nameWidth)}  ${s.described}, ${Math.round(s.confidence * 100)} % sure${here}: ${s.reasons[0] ?? ''}`);
    if (s.matrix) out.push(`  ${''.padEnd(nameWidth)}  ${matrixLine(s.matrix)}`);
    if (s.log) out.push(`  ${''.padEnd(nameWidth)}  ${logLine(s.log)}`);
  }
  out.push('');
  out.push(`Header row ${layout.headerRow + 1}. Columns:`);
  for (const role of ROLES) {
    const c = layout.columns[role];
    if (c !== null) out.push(`  ${columnLetter(c).padEnd(3)} ${ROLE_LABEL[role].padEnd(34)} "${layout.headers[c] ?? ''}" (${Math.round(layout.confidence[role] * 100)} % sure)`);
  }
  if (layout.points) out.push(`  Scored in points: available ${columnLetter(layout.points.available)}, earned ${columnLetter(layout.points.earned)}.`);
  out.push('');

  const byPoints = prediction.by === 'points';
  out.push(byPoints
    ? 'Predicted audit, from the tracker\'s points (| marks the 50 % each element needs); requirements covered beside:'
    : 'Predicted audit, by the requirements an auditor asks for (| marks the 50 % each element needs):');
  const rowsOf = new Map(readiness.elements.map((e) => [e.id, e]));
  for (const e of prediction.elements) {
    const rows = rowsOf.get(e.id);
    const points = rows?.points ? `${rows.points.earned}/${rows.points.available} points, ` : '';
    const counts = e.applicable === 0 ? 'none applies' : `${points}${e.ready}/${e.applicable} requirements ready${e.gap ? `, ${e.gap} gap` : ''}${e.missing ? `, ${e.missing} no row` : ''}`;
    out.push(`  ${e.id} ${e.name.padEnd(36)} ${bar(e.percent)} ${pct(e.percent)}  ${counts}`);
  }
  if (readiness.gate.applicable > 0) out.push(`  E0 eligibility & submission (not scored): ${readiness.gate.ready}/${readiness.gate.applicable} ready`);
  out.push('');
  const { coverage } = prediction;
  out.push(`Predicted score: ${pct(prediction.percent).trim()}${byPoints ? ` (${readiness.overall.points!.earned}/${readiness.overall.points!.available} points)` : ''}; ${coverage.ready} of ${coverage.applicable} requirements ready`);
  out.push(prediction.pass ? 'Predicted result: PASS (>= 80 % overall and >= 50 % in every element)' : 'Predicted result: FAIL');
  for (const reason of prediction.reasons) out.push(`  - ${reason}`);
  const { overall } = readiness;
  out.push(`The tracker's own rows: ${overall.ready} of ${overall.applicable} rows ready (${pct(overall.percent).trim()}).`);
  if (prediction.toPrepare.length > 0) out.push(`To prepare for interview or observation (not scored from documents): ${prediction.toPrepare.join(', ')}.`);
  out.push('');

    const section = (title: string, rows: typeof items): void => {
    if (rows.length === 0) return;
    out.push(`${title} (${rows.length} ${rows.length === 1 ? 'row' : 'rows'}):`);
    for (const item of rows) {
      const { verdict } = item;
      const label = [item.requirement?.id ?? item.element ?? '', item.text.length > 60 ? `${item.text.slice(0, 57)}...` : item.text].filter(Boolean).join(' ');
      out.push(`  row ${String(item.row + 1).padEnd(4)} ${label}`, `           ${[...verdict.gaps, ...verdict.warnings].join(', ')}`);
      for (const detail of verdict.details) out.push(`           ${detail}`);
    }
    out.push('');
  };
  if (items.length === 0) out.push(`No items found under the header in row ${layout.headerRow + 1}: add a row per requirement.`, '');
  const gapRows = items.filter(({ verdict }) => verdict.readiness === 'gap');
  if (gapRows.length === 0 && items.length > 0) out.push('No gaps.', '');
  section('Gaps to fix', gapRows);
  section('Warnings on rows that still count as ready', items.filter(({ verdict }) => verdict.readiness === 'ready' && verdict.warnings.length > 0));
  if (missing.length > 0) {
    out.push(`Reference requirements no row covers (${missing.length}):`);
    const byId = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));
    for (const id of missing) out.push(`  ${id} ${byId.get(id)?.text ?? ''}`);
  }
  return `${out.join('\n')}\n`;
}
