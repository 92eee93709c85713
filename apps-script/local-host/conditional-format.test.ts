import { describe, expect, it } from 'vitest';
import { evaluateFormulaRule } from './conditional-format.ts';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

function setup() {
  const grid = [
    ['Item', 'Readiness'],
    ['Policy', 'Gap: no evidence'],
    ['Training', 'Ready'],
    ['Inspections', 'gap: stale'],
    ['First aid', 42],
    ['Drills', '=IF(1,"Gap","")'],
  ];
  const host = createHost({ spreadsheet: spreadsheetFromGrid('T', 'Tracker', grid) });
  const app = host.globals.SpreadsheetApp;
  const sheet = app.getActiveSheet();
  return { app, sheet };
}

describe('conditional format rules', () => {
  it('builds a rule with formula, colours and ranges, and reads it back', () => {
    const { app, sheet } = setup();
    const rule = app.newConditionalFormatRule()
      .whenFormulaSatisfied('=LEFT($B2,3)="Gap"')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('A2:B6')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    const cond = back.getBooleanCondition();
    expect(String(cond.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(cond.getCriteriaValues()).toEqual(['=LEFT($B2,3)="Gap"']);
    expect([cond.getBackground(), cond.getFontColor(), cond.getBold()]).toEqual(['#f4cccc', '#990000', true]);
    expect(back.getRanges().map((r: any) => r.getA1Notation())).toEqual(['A2:B6']);
    expect(back.getGradientCondition()).toBeNull();

    const copy = back.copy().setBackground('#d9ead3').build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), copy]);
    expect(sheet.getConditionalFormatRules().map((r: any) => r.getBooleanCondition().getBackground())).toEqual(['#f4cccc', '#d9ead3']);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('needs a condition, and ranges of one sheet', () => {
    const { app, sheet } = setup();
    expect(() => app.newConditionalFormatRule().setBackground('#fff').build()).toThrow('needs a condition');
    const other = app.getActiveSpreadsheet().insertSheet('Other');
    const rule = app.newConditionalFormatRule().whenTextEqualTo('x').setRanges([other.getRange('A1')]).build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow('different sheet');
  });

  it('evaluates the three formula shapes relative to the range top-left', () => {
    const { app, sheet } = setup();
    const make = (formula: string) => app.newConditionalFormatRule().whenFormulaSatisfied(formula).setRanges([sheet.getRange('A2:B6')]).build();
    const left = make('=LEFT($B2,3)="Gap"');
    expect([2, 3, 4, 5].map((r) => evaluateFormulaRule(sheet, left, r, 1))).toEqual([true, false, true, false]);
    expect(evaluateFormulaRule(sheet, left, 6, 1)).toBeNull(); // B6 holds a formula: its text is unknown
    expect(evaluateFormulaRule(sheet, left, 1, 1)).toBe(false); // outside the rule's range

    const eq = make('=$B3="ready"');
    expect(evaluateFormulaRule(sheet, eq, 2, 2)).toBe(true); // row 2 of the range looks at B3
    expect(evaluateFormulaRule(sheet, eq, 3, 2)).toBe(false);

    const re = make('=REGEXMATCH($B2,"^Gap")');
    expect([2, 3, 4, 5].map((r) => evaluateFormulaRule(sheet, re, r, 2))).toEqual([true, false, false, false]);

    expect(evaluateFormulaRule(sheet, make('=COUNTIF($B:$B,"Gap")>0'), 2, 1)).toBeNull();
    const text = app.newConditionalFormatRule().whenTextEqualTo('Ready').setRanges([sheet.getRange('B2:B6')]).build();
    expect(evaluateFormulaRule(sheet, text, 3, 2)).toBeNull();
  });
});

describe('data validation', () => {
  it('stores a list rule and exposes it', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['Yes', 'No', 'N/A'], true).setAllowInvalid(false).build();
    sheet.getRange('C2:C4').setDataValidation(rule);
    const back = sheet.getRange('C3').getDataValidation();
    expect(String(back.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(back.getCriteriaValues()).toEqual([['Yes', 'No', 'N/A'], true]);
    expect(back.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('C5').getDataValidation()).toBeNull();
    sheet.getRange('C2').setValue('Yes');
    expect(() => sheet.getRange('C3').setValue('Maybe')).toThrow('The data you entered in cell C3 violates the data validation rules set on this cell.');
    expect(sheet.getRange('C3').getValue()).toBe('');
    sheet.getRange('C2:C4').setDataValidation(null);
    expect(sheet.getRange('C3').getDataValidation()).toBeNull();
    expect(() => app.newDataValidation().build()).toThrow('needs a criteria');
  });
});
