import { columnLetter } from '../../shared/index.ts';
import { ROW_COLOURS, type VerdictWord, isOwnRuleFormula, ruleFormula } from './readiness-cell.ts';
import type { TrackerConfig } from './tracker-config.ts';

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
