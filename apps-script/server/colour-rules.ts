import { columnLetter, type MatrixCell } from '../../shared/index.ts';
import { ROW_COLOURS, type VerdictWord, isOwnRuleFormula, ruleFormula } from './readiness-cell.ts';
import type { TrackerConfig } from './tracker-config.ts';
import type { JudgedSheet } from './tracker-read.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function isOwnRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  const formula = condition?.getCriteriaValues()[0];
  return typeof formula === 'string' && isOwnRuleFormula(formula);
}

/** How many of the add-on's colour rules the sheet has, of the one per verdict it installs. */
export function colourRulesOn(sheet: Sheet): { readonly own: number; readonly expected: number } {
  return { own: sheet.getConditionalFormatRules().filter(isOwnRule).length, expected: Object.keys(ROW_COLOURS).length };
}

/**
 * Tints each row of the table by its Readiness cell. Replaces the add-on's earlier rules (never
 * duplicates them) and keeps the team's own rules, ahead of ours, as they were.
 */
export function installColourRules(sheet: Sheet, config: TrackerConfig): void {
  const firstRow = config.headerRow + 2;
  const lastColumn = config.readinessColumn + 1;
  const range = sheet.getRange(firstRow, 1, Math.max(1, sheet.getMaxRows() - firstRow + 1), lastColumn);
  const letter = columnLetter(config.readinessColumn);
  const ours = (Object.keys(ROW_COLOURS) as VerdictWord[]).map((word) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(ruleFormula(word, letter, firstRow))
      .setBackground(ROW_COLOURS[word])
      .setRanges([range])
      .build(),
  );
  const theirs = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule));
  sheet.setConditionalFormatRules([...theirs, ...ours]);
}

/**
 * The add-on's highlights on a training matrix: a rule per verdict worth seeing, over the cells
 * with that verdict. Its formula is always true and names the add-on ("=ISTEXT(...)" of a text is
 * TRUE, https://support.google.com/docs/answer/3093297), so the rule colours exactly its ranges
 * and is found again by its formula alone; the team's cells are never written.
 */
const MATRIX_COLOURS = { expired: ROW_COLOURS.gap, missing: ROW_COLOURS.gap, expiring: ROW_COLOURS.warning } as const;
type MatrixMark = keyof typeof MATRIX_COLOURS;
const MATRIX_MARKS = Object.keys(MATRIX_COLOURS) as MatrixMark[];

/**
 * The rule's formula names its verdict and what it covers ("=ISTEXT(\"SECOR Ready: expired ticket
 * C6 F4:F8\")"), so a scan that finds its rules already covering what it judged leaves them be:
 * no builder, range or write calls for a matrix nobody changed.
 */
const matrixFormula = (mark: MatrixMark, runs: readonly string[]) => `=ISTEXT("SECOR Ready: ${mark} ticket ${runs.join(' ')}")`;
const OWN_MATRIX_FORMULA = new RegExp(`^=ISTEXT\\("SECOR Ready: (${MATRIX_MARKS.join('|')}) ticket[ A-Z0-9:]*"\\)$`);

function formulaOf(rule: Rule): string | null {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === 'string' ? formula : null;
}

/** Cells of a column in runs of consecutive rows, as A1 ranges ("C4:C6"), so a rule needs few ranges. */
function runsOf(cells: readonly MatrixCell[]): string[] {
  const byColumn = new Map<string, number[]>();
  for (const cell of cells) byColumn.set(cell.column, [...(byColumn.get(cell.column) ?? []), cell.row]);
  const runs: string[] = [];
  for (const [column, rows] of byColumn) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    rows.forEach((row, i) => {
      const next = rows[i + 1];
      if (next === row + 1) return;
      runs.push(start === row ? `${column}${row}` : `${column}${start}:${column}${row}`);
      if (next !== undefined) start = next;
    });
  }
  return runs;
}

/**
 * Colours the matrix's expired and missing tickets red-ish and those expiring amber, as the
 * tracker's rows are coloured. Replaces the add-on's earlier highlights on the sheet (found by
 * their formula) and keeps the team's own rules, ahead of ours, as they were. The calls grow with
 * the runs of flagged cells, not with the sheet.
 */
function highlightMatrix(sheet: Sheet, cells: readonly MatrixCell[]): void {
  const wanted = MATRIX_MARKS.map((mark) => ({ mark, runs: runsOf(cells.filter((cell) => cell.verdict === mark)) })).filter((w) => w.runs.length > 0);
  const rules = sheet.getConditionalFormatRules();
  const formulas = rules.map(formulaOf);
  const own = (f: string | null) => f !== null && OWN_MATRIX_FORMULA.test(f);
  const present = formulas.filter(own);
  const same = present.length === wanted.length && wanted.every((w, i) => present[i] === matrixFormula(w.mark, w.runs));
  if (same) return;
  const ours = wanted.map(({ mark, runs }) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(matrixFormula(mark, runs))
      .setBackground(MATRIX_COLOURS[mark])
      .setRanges(runs.map((a1) => sheet.getRange(a1)))
      .build(),
  );
  sheet.setConditionalFormatRules([...rules.filter((_, i) => !own(formulas[i] ?? null)), ...ours]);
}

/** A confirmed matrix's highlights as its judgement says: none of an earlier reading stay when it no longer reads as one. */
export function highlightJudgedMatrix({ read, judgement }: JudgedSheet): void {
  if (read.config.kind === 'training-matrix') highlightMatrix(read.sheet, judgement?.kind === 'training-matrix' ? judgement.matrix.cells : []);
}

/** Takes the add-on's highlights off a sheet no longer confirmed as a matrix; the team's rules stay. */
export function removeMatrixHighlights(sheet: Sheet): void {
  highlightMatrix(sheet, []);
}
