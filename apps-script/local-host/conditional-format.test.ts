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
  return { app, sheet, book: host.spreadsheet };
}

describe('conditional format rules', () => {
  it('builds a rule with a formula, a colour and ranges, and reads it back', () => {
    const { app, sheet, book } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=LEFT($B2,3)="Gap"')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('A2:B6')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    expect(back.getBooleanCondition().getCriteriaValues()).toEqual(['=LEFT($B2,3)="Gap"']);
    expect(book.sheets[0]!.rules).toEqual([
      {
        criteria: 'CUSTOM_FORMULA',
        values: ['=LEFT($B2,3)="Gap"'],
        background: '#f4cccc',
        fontColor: null,
        bold: null,
        ranges: [{ row: 2, col: 1, numRows: 5, numCols: 2 }],
      },
    ]);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('=ISTEXT of a text literal holds over every range of the rule, and nowhere else', () => {
    const { app, sheet, book } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=ISTEXT("SECOR Ready: expired ticket")')
      .setBackground('#f4c7c3')
      .setRanges([sheet.getRange('B2'), sheet.getRange('A4:A5')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const model = book.sheets[0]!;
    const [own] = model.rules;
    expect(
      [
        [2, 2],
        [4, 1],
        [5, 1],
      ].map(([r, c]) => evaluateFormulaRule(model, own!, r!, c!)),
    ).toEqual([true, true, true]);
    expect(
      [
        [2, 1],
        [3, 2],
        [6, 1],
      ].map(([r, c]) => evaluateFormulaRule(model, own!, r!, c!)),
    ).toEqual([false, false, false]);
  });

  it('needs a condition, and ranges of one sheet', () => {
    const { app, sheet } = setup();
    expect(() => app.newConditionalFormatRule().setBackground('#fff').build()).toThrow('needs a condition');
    const other = app.getActiveSpreadsheet().insertSheet('Other');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=TRUE')
      .setRanges([other.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow('different sheet');
  });

  it('evaluates the three formula shapes relative to the range top-left', () => {
    const { app, sheet } = setup();
    const make = (formula: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setRanges([sheet.getRange('A2:B6')])
        .build();
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
  });
});

describe('data validation', () => {
  it('stores a list rule', () => {
    const { app, sheet, book } = setup();
    const rule = app.newDataValidation().requireValueInList(['Yes', 'No', 'N/A'], true).setAllowInvalid(false).build();
    expect(rule.getCriteriaValues()).toEqual([['Yes', 'No', 'N/A'], true]);
    sheet.getRange('C2:C4').setDataValidation(rule);
    const validation = (row: number) => book.cell(book.sheets[0]!, row, 3)?.validation;
    expect(validation(3)).toEqual({ criteria: 'VALUE_IN_LIST', values: ['Yes', 'No', 'N/A'], showDropdown: true, allowInvalid: false, helpText: null });
    expect(validation(5)).toBeUndefined();
    sheet.getRange('C2').setValue('Yes');
    expect(() => sheet.getRange('C3').setValue('Maybe')).toThrow('The data you entered in cell C3 violates the data validation rules set on this cell.');
    expect(sheet.getRange('C3').getValue()).toBe('');
    sheet.getRange('C2:C4').setDataValidation(null);
    expect(validation(3)).toBeUndefined();
    expect(() => app.newDataValidation().build()).toThrow('needs a criteria');
  });
});
