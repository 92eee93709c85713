import { describe, expect, it } from 'vitest';
import { TRACKER_ROWS, workbook, worksheetXml } from '../test/fixtures/crafted.ts';
import { readXlsx } from './read-xlsx.ts';

const tracker = { name: 'Tracker', xml: worksheetXml(TRACKER_ROWS) };
const notes = { name: 'Notes', xml: worksheetXml([['Read me first']]) };

describe('readXlsx', () => {
  it('reads every worksheet in tab order and skips chart sheets', async () => {
    const sheets = await readXlsx(workbook([{ name: 'Chart', chart: true }, notes, tracker]), 'w.xlsx', undefined);
    expect(sheets.map((s) => s.name)).toEqual(['Notes', 'Tracker']);
    expect(sheets[1]!.grid[1]).toEqual([1, 'Signed H&S policy', 'policy.pdf', 'Ann', '2026-06-01']);
  });

  it('reads only the sheet named', async () => {
    const sheets = await readXlsx(workbook([notes, tracker]), 'w.xlsx', 'Tracker');
    expect(sheets.map((s) => s.name)).toEqual(['Tracker']);
  });

  it('matches a sheet name as Excel escapes it in XML', async () => {
    const sheets = await readXlsx(workbook([notes, { ...tracker, name: 'H&S "2026"' }]), 'w.xlsx', 'H&S "2026"');
    expect(sheets.map((s) => s.name)).toEqual(['H&S "2026"']);
  });

  it('says so when the sheet named is a chart sheet, and lists the worksheets', async () => {
    await expect(readXlsx(workbook([{ name: 'Chart', chart: true }, tracker]), 'w.xlsx', 'Chart')).rejects.toThrow(
      'Cannot scan w.xlsx, sheet "Chart" is a chart sheet: name a worksheet with --sheet: "Tracker".',
    );
  });

  it('refuses a sheet whose part is missing', async () => {
    const bytes = workbook([tracker], { omit: ['xl/worksheets/sheet1.xml'] });
    await expect(readXlsx(bytes, 'w.xlsx', undefined)).rejects.toThrow(/sheet "Tracker" points to xl\/worksheets\/sheet1\.xml, which is not in the file/);
  });
});
