/**
 * Downloads of the workbench spreadsheet: the active sheet as CSV (display values, as Sheets'
 * File > Download > CSV gives them) and the whole workbook as XLSX (values, with the colours the
 * page shows), and the reviewer's audit pack as PDF, built as `secor-ready pack` builds it from that XLSX.
 */

import Papa from 'papaparse';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { type LocalHost, serialNumber } from '../apps-script/local-host/index.ts';
import { cellPaint } from './grid-state.ts';
import { dayFromDate, slashOrderForLocale } from '../shared/index.ts';
import { workbookPackPdf } from '../cli/main.ts';
import { readXlsx } from '../cli/read-xlsx.ts';

/** Serial 0 of Sheets and Excel dates, 1899-12-30, as a UTC instant. */
const XLSX_EPOCH = Date.UTC(1899, 11, 30);

/** A file name safe in a Content-Disposition header and on every file system. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? 'tracker' : cleaned.slice(0, 120);
}

/** `attachment; filename="..."; filename*=UTF-8''...`, with an ASCII fallback. */
export function contentDisposition(fileName: string, as: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${as}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function bookTitle(host: LocalHost): string {
  return safeFileName(host.spreadsheet.name);
}

export function exportCsv(host: LocalHost): { fileName: string; body: string } {
  const model = host.spreadsheet.activeSheet();
  const rows = Math.max(1, host.spreadsheet.lastRow(model));
  const cols = Math.max(1, host.spreadsheet.lastColumn(model));
  const sheet = host.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(model.name);
  const values = (sheet.getRange(1, 1, rows, cols).getDisplayValues() as string[][]).map((line) => [...line]);
  return { fileName: safeFileName(`${bookTitle(host)} - ${model.name}.csv`), body: Papa.unparse(values, { newline: '\r\n' }) };
}

/** An XLSX sheet name: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function exportXlsx(host: LocalHost): Promise<{ fileName: string; body: Buffer }> {
  const book = host.spreadsheet;
  const ss = host.globals.SpreadsheetApp.getActiveSpreadsheet();
  const taken = new Set<string>();
  const sheets = book.sheets.map((model) => {
    const rows = Math.max(1, book.lastRow(model));
    const cols = Math.max(1, book.lastColumn(model));
    const range = ss.getSheetByName(model.name).getRange(1, 1, rows, cols);
    const values = range.getValues() as unknown[][];
    const formulas = range.getFormulas() as string[][];
    const data: SheetData = values.map((line, r) =>
      line.map((value, c): Cell => {
        const paint = cellPaint(model, r + 1, c + 1);
        const style = {
          ...(paint.bg ? { backgroundColor: paint.bg } : {}),
          ...(paint.fg ? { color: paint.fg } : {}),
          ...(paint.bold ? { fontWeight: 'bold' as const } : {}),
        };
        const formula = formulas[r]![c];
        if (formula) return { type: 'Formula', value: formula, ...style };
        if (value === '' || value === null || value === undefined) return Object.keys(style).length > 0 ? { ...style } : null;
        if (typeof value === 'number') return { type: Number, value, ...style };
        if (typeof value === 'boolean') return { type: Boolean, value, ...style };
        // Dates come from the bundle's realm: instanceof Date does not hold there.
        // An XLSX date is a wall-clock serial without a zone: the book's zone gives it, read as UTC.
        if (Object.prototype.toString.call(value) === '[object Date]') {
          return { type: Date, value: new Date(XLSX_EPOCH + serialNumber(value as Date, book.timeZone) * 86_400_000), format: 'yyyy-mm-dd', ...style };
        }
        return { type: String, value: String(value), ...style };
      }),
    );
    return { data, sheet: sheetName(model.name, taken) };
  });
  const body = await writeXlsxFile(sheets).toBuffer();
  return { fileName: safeFileName(`${bookTitle(host)}.xlsx`), body };
}

/** The audit pack of the workbook as it is now: its XLSX export read back and packed by the CLI's own path, as of the host's today. */
export async function exportAuditPack(host: LocalHost): Promise<{ fileName: string; body: Buffer }> {
  const book = host.spreadsheet;
  const { fileName, body } = await exportXlsx(host);
  const sheets = await readXlsx(body, fileName, undefined);
  const today = dayFromDate(host.now(), book.timeZone)!;
  const { pdf } = await workbookPackPdf(fileName, sheets, { today, slashOrder: slashOrderForLocale(book.locale.replace('_', '-')) });
  return { fileName: safeFileName(`${bookTitle(host)} - audit pack.pdf`), body: pdf };
}
