/**
 * Conditional-format rules: the builder from `SpreadsheetApp.newConditionalFormatRule()`, the
 * rule and its BooleanCondition, and `evaluateFormulaRule`, which colours a cell for the workbench
 * from the formula shapes the add-on writes (anything else is unknown: null).
 */

import { fail, internalOf, isDate, makeFake, type Fake } from './counter.ts';
import { SPREADSHEET_SERVICE, type SheetsEnv } from './context.ts';
import { columnNumber } from './a1.ts';
import type { LocalSpreadsheet, RuleModel, SheetModel } from './model.ts';
import { rangeInternal } from './range.ts';

export interface RuleInternal {
  kind: 'rule';
  model: RuleModel;
  sheetId: number | null;
}

export function copyRule(rule: RuleModel): RuleModel {
  return { ...rule, ranges: rule.ranges.map((r) => ({ ...r })), values: [...rule.values] };
}

export function ruleInternal(env: SheetsEnv, value: unknown): RuleInternal {
  const inner = internalOf<RuleInternal>(value);
  if (inner?.kind !== 'rule') return fail(env, 'Exception: Invalid argument: rules');
  return inner;
}

export function makeRuleBuilder(env: SheetsEnv): Fake {
  const state: Partial<RuleModel> = { ranges: [], background: null, fontColor: null, bold: null };
  let sheetId: number | null = null;
  return makeFake(env, SPREADSHEET_SERVICE, 'ConditionalFormatRuleBuilder', (self) => ({
    whenFormulaSatisfied: (formula: string) => {
      state.criteria = 'CUSTOM_FORMULA';
      state.values = [String(formula)];
      return self;
    },
    setBackground: (color: string | null) => {
      state.background = color || null;
      return self;
    },
    setRanges: (ranges: unknown) => {
      if (!Array.isArray(ranges)) return fail(env, 'Exception: Invalid argument: ranges');
      const inners = ranges.map((r) => rangeInternal(env, r, 'ranges'));
      const ids = new Set(inners.map((r) => r.sheet.id));
      if (ids.size > 1) return fail(env, 'Exception: All ranges of a conditional format rule must be on the same sheet.');
      sheetId = inners[0]?.sheet.id ?? null;
      state.ranges = inners.map((r) => ({ ...r.rect }));
      return self;
    },
    build: () => {
      if (!state.criteria) return fail(env, 'Exception: A conditional format rule needs a condition, such as whenFormulaSatisfied.');
      return makeRule(env, state as RuleModel, sheetId);
    },
  }));
}

export function makeRule(env: SheetsEnv, source: RuleModel, sheetId: number | null): Fake {
  const model = copyRule(source);
  const internal: RuleInternal = { kind: 'rule', model, sheetId };
  return makeFake(
    env,
    SPREADSHEET_SERVICE,
    'ConditionalFormatRule',
    () => ({
      getBooleanCondition: () =>
        makeFake(env, SPREADSHEET_SERVICE, 'BooleanCondition', () => ({
          getCriteriaValues: () => [...model.values],
        })),
    }),
    { internal },
  );
}

// ---- evaluation for colouring ------------------------------------------------------------------

const REF = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
const STR = '"((?:[^"]|"")*)"';
const LEFT_EQ = new RegExp(String.raw`^=\s*LEFT\(\s*${REF}\s*,\s*(\d+)\s*\)\s*=\s*${STR}\s*$`, 'i');
const REF_EQ = new RegExp(String.raw`^=\s*${REF}\s*=\s*${STR}\s*$`, 'i');
const REGEX = new RegExp(String.raw`^=\s*REGEXMATCH\(\s*${REF}\s*,\s*${STR}\s*\)\s*$`, 'i');
// ISTEXT of a text literal is TRUE ("Checks whether a value is text", https://support.google.com/docs/answer/3093297): the rule colours all its ranges.
const ISTEXT_LITERAL = new RegExp(String.raw`^=\s*ISTEXT\(\s*${STR}\s*\)\s*$`, 'i');

type SheetLike = SheetModel | Fake;
type RuleLike = RuleModel | Fake;

function sheetModelOf(sheet: SheetLike): { model: SheetModel; book: LocalSpreadsheet | null } {
  const inner = internalOf<{ kind: string; sheet: SheetModel; book: LocalSpreadsheet }>(sheet);
  if (inner?.kind === 'sheet') return { model: inner.sheet, book: inner.book };
  return { model: sheet as SheetModel, book: null };
}

/**
 * Whether `rule` colours the cell at (row, col): true/false for the formula shapes
 * `=LEFT($K5,3)="Gap"`, `=$K5="text"` and `=REGEXMATCH($K5,"^Gap")` (references relative to the
 * top-left of the rule's first range, as in Sheets), and `=ISTEXT("text")`, true over the rule's
 * ranges; null for any other rule, or when the cell referred to holds a formula or a date whose
 * text Sheets would compute.
 */
export function evaluateFormulaRule(sheet: SheetLike, rule: RuleLike, row: number, col: number): boolean | null {
  const model = internalOf<RuleInternal>(rule)?.model ?? (rule as RuleModel);
  const { model: sheetModel } = sheetModelOf(sheet);
  if (model.criteria !== 'CUSTOM_FORMULA') return null;
  const anchor = model.ranges[0];
  const formula = model.values[0];
  if (!anchor || formula === undefined) return null;
  const inRange = model.ranges.some((r) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols);
  if (ISTEXT_LITERAL.test(formula)) return inRange;

  let m: RegExpExecArray | null;
  let test: (text: string, isNumber: boolean) => boolean;
  if ((m = LEFT_EQ.exec(formula))) {
    const n = Number(m[5]);
    const want = unquote(m[6] ?? '').toLowerCase();
    test = (text) => text.slice(0, n).toLowerCase() === want;
  } else if ((m = REF_EQ.exec(formula))) {
    const want = unquote(m[5] ?? '').toLowerCase();
    test = (text, isNumber) => !isNumber && text.toLowerCase() === want;
  } else if ((m = REGEX.exec(formula))) {
    let re: RegExp;
    try {
      re = new RegExp(unquote(m[5] ?? ''));
    } catch {
      return null;
    }
    test = (text, isNumber) => !isNumber && re.test(text);
  } else {
    return null;
  }
  if (!inRange) return false;
  const refCol = m[1] ? columnNumber(m[2] ?? '') : columnNumber(m[2] ?? '') + (col - anchor.col);
  const refRow = m[3] ? Number(m[4]) : Number(m[4]) + (row - anchor.row);
  if (refRow < 1 || refCol < 1) return null;
  const cell = sheetModel.cells[refRow - 1]?.[refCol - 1];
  if (cell?.formula !== undefined) return null;
  const v = cell?.value;
  if (isDate(v)) return null;
  const text = v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  return test(text, typeof v === 'number');
}

function unquote(s: string): string {
  return s.replace(/""/g, '"');
}
