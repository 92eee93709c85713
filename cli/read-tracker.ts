import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Cell, Grid } from '../shared/cells.ts';

/** A file the CLI cannot turn into a grid; its message says what to do. */
export class TrackerFileError extends Error {}

/** One sheet of a tracker file: a CSV has one, named null; an XLSX has one per tab. */
export interface TrackerSheet {
  readonly name: string | null;
  readonly grid: Grid;
}

/**
 * Reads a CSV or XLSX tracker into grids of cells, as Sheets' getValues() would give them: every
 * sheet of a workbook in order, or only the one named.
 */
export async function readTrackerFile(path: string, sheet?: string): Promise<TrackerSheet[]> {
  const kind = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TrackerFileError(code === 'ENOENT' ? `File not found: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
  }
  if (kind === '.csv' || kind === '.tsv' || kind === '.txt') {
    if (sheet !== undefined) throw new TrackerFileError(`--sheet applies to XLSX files; ${path} is a CSV file with one sheet.`);
    return [{ name: null, grid: readCsv(bytes, path) }];
  }
  if (kind === '.xlsx' || kind === '.xlsm') return readXlsx(bytes, path, sheet);
  throw new TrackerFileError(`Cannot read ${path}: only .csv and .xlsx files are supported. In Sheets or Excel, use File > Download as CSV or XLSX.`);
}

/** CSV text: UTF-8 (with or without a byte-order mark), or UTF-16 as Excel's "Unicode Text" saves it. */
function decodeText(bytes: Buffer, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes.includes(0)) throw new TrackerFileError(`Cannot read ${path}: it is not a text file. Save the tracker as "CSV UTF-8" or XLSX.`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function readCsv(bytes: Buffer, path: string): Grid {
  const text = decodeText(bytes, path);
  // Papa guesses the delimiter (commas, semicolons as European Excel writes, tabs) from the filled
  // lines; the grid itself keeps blank lines, so that row numbers stay the sheet's.
  const { delimiter } = Papa.parse<string[]>(text, { skipEmptyLines: true, preview: 100 }).meta;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const fatal = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (fatal && parsed.data.length === 0) throw new TrackerFileError(`Cannot read ${path}: ${fatal.message} (row ${(fatal.row ?? 0) + 1}).`);
  return parsed.data;
}

async function readXlsx(bytes: Buffer, path: string, sheet: string | undefined): Promise<TrackerSheet[]> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(bytes)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new TrackerFileError(`Cannot read ${path}: it is not a readable XLSX workbook (${(error as Error).message}).`);
  }
  const chosen = sheet === undefined ? sheets : sheets.filter((s) => s.sheet === sheet);
  if (chosen.length === 0) {
    throw new TrackerFileError(`No sheet named "${sheet}" in ${path}: it has ${sheets.map((s) => `"${s.sheet}"`).join(', ')}.`);
  }
  // XLSX dates arrive at UTC midnight; the engine reads a date's local calendar day, as Sheets gives it.
  return chosen.map((s) => ({
    name: s.sheet,
    grid: s.data.map((row) =>
      row.map((cell) => (cell instanceof Date ? new Date(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()) : cell)),
    ),
  }));
}
