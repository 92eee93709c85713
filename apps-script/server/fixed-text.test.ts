import { describe, expect, it } from 'vitest';
import { ELEMENTS, GAP_LABEL, REFERENCE_CHECKLIST, WARNING_LABEL } from '../../shared/index.ts';
import { createHost, spreadsheetFromGrid } from '../local-host/index.ts';
import { ADDED_NOTE } from './missing-requirements.ts';
import { VERDICT_WORD } from './readiness-cell.ts';
import { READINESS_HEADER, REQUIREMENT_HEADER } from './own-headers.ts';

/**
 * What the add-on writes without an apostrophe into the team's tracker (its Readiness and
 * Requirement cells, headers, added requirements), where an apostrophe would show in the team's
 * cell editor: text of its own, which Sheets must read back as the same text.
 */
function fixedTexts(): string[] {
  const labels = [...Object.values(GAP_LABEL), ...Object.values(WARNING_LABEL), 'by a clip of 2026-11-20'];
  const places = [...REFERENCE_CHECKLIST.map((r) => r.id), ...ELEMENTS.map((e) => e.id)];
  const readiness = Object.values(VERDICT_WORD).flatMap((word) => [
    word,
    ...places.map((p) => `${word} · ${p}`),
    ...labels.map((l) => `${word} · ${l} · E1-01`),
  ]);
  return [
    READINESS_HEADER,
    REQUIREMENT_HEADER,
    ADDED_NOTE,
    ...readiness,
    ...places,
    ...REFERENCE_CHECKLIST.map((r) => r.text),
    ...ELEMENTS.map((e) => `${e.id} ${e.name}`),
  ];
}

describe("the add-on's own text in the team's tracker", () => {
  it('reads back as the same text, with no apostrophe to keep it so', () => {
    const texts = fixedTexts();
    const host = createHost({ spreadsheet: spreadsheetFromGrid('Tracker', 'Tracker', [['x']]) });
    const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tracker');
    sheet.insertRowsAfter(1, texts.length);
    sheet.getRange(1, 1, texts.length, 1).setValues(texts.map((t) => [t]));
    expect(
      sheet
        .getRange(1, 1, texts.length, 1)
        .getValues()
        .map(([v]: unknown[]) => v),
    ).toEqual(texts);
  });
});
