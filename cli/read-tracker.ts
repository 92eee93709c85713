import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { Cell, Grid } from '../shared/cells.ts';

/** A file the CLI cannot turn into a grid; its message says what to do. */
export class TrackerFileError extends Error {}

/** Reads a CSV or XLSX tracker into a grid of cells, as Sheets' getValues() would give it. */
export async function readTrackerFile(path: string, sheet?: string): Promise<Grid> {
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
    return readCsv(bytes, path);
  }
  if (kind === '.xlsx' || kind === '.xlsm') return readXlsx(bytes, path, sheet);
  throw new TrackerFileError(`Cannot read ${path}: only .csv and .xlsx files are supported. In Sheets or Excel, use File > Download as CSV or XLSX.`);
}

function readCsv(bytes: Buffer, path: string): Grid {
  if (bytes.includes(0)) throw new TrackerFileError(`Cannot read ${path}: it is not a text CSV file.`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (fatal && parsed.data.length === 0) throw new TrackerFileError(`Cannot read ${path}: ${fatal.message} (row ${(fatal.row ?? 0) + 1}).`);
  return parsed.data;
}

async function readXlsx(bytes: Buffer, path: string, sheet: string | undefined): Promise<Grid> {
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    sheets = (await readXlsxFile(bytes)) as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    throw new TrackerFileError(`Cannot read ${path}: it is not a readable XLSX workbook (${(error as Error).message}).`);
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    throw new TrackerFileError(`No sheet named "${sheet}" in ${path}: it has ${sheets.map((s) => `"${s.sheet}"`).join(', ')}.`);
  }
  // XLSX dates arrive at UTC midnight; the engine reads a date's local calendar day, as Sheets gives it.
  return chosen.data.map((row) =>
    row.map((cell) => (cell instanceof Date ? new Date(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()) : cell)),
  );
}
