import { type SheetListing, logLine, matrixLine, registerLine } from './sheet-list.ts';
import {
  columnLetter,
  isoFromDay,
  PASS_ELEMENT_PERCENT,
  type Prediction,
  REFERENCE_CHECKLIST,
  ROLE_LABEL,
  ROLES,
  type TrackerEvaluation,
  type YearlyCycle,
} from '../shared/index.ts';
import { cycleSection } from './cycle-report.ts';

type Readiness = TrackerEvaluation['readiness'];

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

/** Each sheet of the file in one line, what it is and why; a judged matrix's figures below it. */
function sheetsSection(out: string[], sheets: readonly SheetListing[], scanned: string | null): void {
  out.push(sheets.length === 1 ? 'The sheet:' : `The workbook's ${sheets.length} sheets:`);
  const nameWidth = Math.min(24, Math.max(...sheets.map((s) => s.name.length)));
  for (const s of sheets) {
    const here = s.name === scanned ? ' (scanned below)' : '';
    out.push(`  ${s.name.padEnd(nameWidth)}  ${s.described}, ${Math.round(s.confidence * 100)} % sure${here}: ${s.reasons[0] ?? ''}`);
    if (s.matrix) out.push(`  ${''.padEnd(nameWidth)}  ${matrixLine(s.matrix)}`);
    if (s.register) out.push(`  ${''.padEnd(nameWidth)}  ${registerLine(s.register)}`);
    if (s.log) out.push(`  ${''.padEnd(nameWidth)}  ${logLine(s.log, s.evidence ?? [])}`);
  }
  out.push('');
}

/** The predicted audit per element with its bars, the verdict and its reasons; the rows' own figures when a checklist was scanned. */
function predictionSection(out: string[], prediction: Prediction, readiness: Readiness | null): void {
  const byPoints = prediction.by === 'points';
  out.push(
    byPoints
      ? "Predicted audit, from the tracker's points (| marks the 50 % each element needs); requirements covered beside:"
      : 'Predicted audit, by the requirements an auditor asks for (| marks the 50 % each element needs):',
  );
  const rowsOf = new Map((readiness?.elements ?? []).map((e) => [e.id, e]));
  for (const e of prediction.elements) {
    const rows = rowsOf.get(e.id);
    const points = rows?.points ? `${rows.points.earned}/${rows.points.available} points, ` : '';
    const counts =
      e.applicable === 0
        ? 'none applies'
        : `${points}${e.ready}/${e.applicable} requirements ready${e.gap ? `, ${e.gap} gap` : ''}${e.missing ? `, ${e.missing} no evidence` : ''}`;
    out.push(`  ${e.id} ${e.name.padEnd(36)} ${bar(e.percent)} ${pct(e.percent)}  ${counts}`);
  }
  if (readiness && readiness.gate.applicable > 0)
    out.push(`  E0 eligibility & submission (not scored): ${readiness.gate.ready}/${readiness.gate.applicable} ready`);
  out.push('');
  const { coverage } = prediction;
  out.push(
    `Predicted score: ${pct(prediction.percent).trim()}${byPoints && readiness ? ` (${readiness.overall.points!.earned}/${readiness.overall.points!.available} points)` : ''}; ${coverage.ready} of ${coverage.applicable} requirements ready`,
  );
  out.push(prediction.pass ? 'Predicted result: PASS (>= 80 % overall and >= 50 % in every element)' : 'Predicted result: FAIL');
  for (const reason of prediction.reasons) out.push(`  - ${reason}`);
  if (readiness)
    out.push(`The tracker's own rows: ${readiness.overall.ready} of ${readiness.overall.applicable} rows ready (${pct(readiness.overall.percent).trim()}).`);
  if (prediction.toPrepare.length > 0) out.push(`To prepare for interview or observation (not scored from documents): ${prediction.toPrepare.join(', ')}.`);
  out.push('');
}

/** The requirements other sheets give evidence for, each with where it comes from: "E4-02 gap: Site Inspections, 11 of 12 months". */
function sourcesSection(out: string[], prediction: Prediction, title: string): void {
  const fromSheets = prediction.evidence.filter((e) => e.sources.some((s) => s.kind !== 'checklist' && s.kind !== 'clip'));
  if (fromSheets.length === 0) return;
  out.push(title);
  for (const e of fromSheets) {
    const sources = e.sources.map((s) => (s.kind === 'clip' ? s.summary : `${s.sheet ?? 'the tracker'}, ${s.summary}`));
    out.push(`  ${e.requirement} ${e.finding.padEnd(5)} ${sources.join('; ')}`);
  }
  out.push('');
}

/** A workbook with no checklist: its sheets, and the audit predicted from what its matrices, logs and registers show. */
export function renderWorkbookReport(
  file: string,
  prediction: Prediction,
  today: number,
  sheets: readonly SheetListing[],
  cycle: YearlyCycle | null = null,
): string {
  const out: string[] = [];
  out.push(`SECOR readiness of ${file} (as of ${isoFromDay(today)}), from its sheets: no checklist tracker among them`, '');
  if (cycle) cycleSection(out, cycle, today);
  sheetsSection(out, sheets, null);
  predictionSection(out, prediction, null);
  sourcesSection(out, prediction, 'Where the evidence comes from:');
  return `${out.join('\n')}\n`;
}

/** The readable report: layout found, the predicted audit per element, verdict with reasons, the rows' own figures, gaps by row. */
export function renderTextReport(
  file: string,
  evaluation: TrackerEvaluation,
  today: number,
  sheets: readonly SheetListing[],
  scanned: string,
  cycle: YearlyCycle | null = null,
): string {
  const { layout, items, readiness, prediction, missing } = evaluation;
  const out: string[] = [];
  out.push(`SECOR readiness of ${file} (as of ${isoFromDay(today)})`, '');
  // The date to work toward comes first: the rest of the report is what to fix before it.
  if (cycle) cycleSection(out, cycle, today);
  sheetsSection(out, sheets, scanned);
  out.push(`Header row ${layout.headerRow + 1}. Columns:`);
  for (const role of ROLES) {
    const c = layout.columns[role];
    if (c !== null)
      out.push(
        `  ${columnLetter(c).padEnd(3)} ${ROLE_LABEL[role].padEnd(34)} "${layout.headers[c] ?? ''}" (${Math.round(layout.confidence[role] * 100)} % sure)`,
      );
  }
  if (layout.points) out.push(`  Scored in points: available ${columnLetter(layout.points.available)}, earned ${columnLetter(layout.points.earned)}.`);
  out.push('');
  predictionSection(out, prediction, readiness);
  sourcesSection(out, prediction, "Where the evidence comes from, beside the checklist's own rows:");

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
  if (gapRows.length === 0 && items.length > 0)
    out.push(prediction.coverage.gap > 0 ? "No gaps in the checklist's own rows (the other sheets' are above)." : 'No gaps.', '');
  section('Gaps to fix', gapRows);
  section(
    'Warnings on rows that still count as ready',
    items.filter(({ verdict }) => verdict.readiness === 'ready' && verdict.warnings.length > 0),
  );
  // Those another sheet speaks for are listed above, with where their evidence comes from.
  const evidenced = new Set([...prediction.evidence.map((e) => e.requirement), ...sheets.flatMap((l) => (l.evidence ?? []).map((e) => e.requirement))]);
  const uncovered = missing.filter((id) => !evidenced.has(id));
  if (uncovered.length > 0) {
    out.push(`Reference requirements no row or sheet covers (${uncovered.length}):`);
    const byId = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));
    for (const id of uncovered) out.push(`  ${id} ${byId.get(id)?.text ?? ''}`);
  }
  return `${out.join('\n')}\n`;
}
