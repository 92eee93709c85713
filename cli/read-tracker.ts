import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import Papa from 'papaparse';
import type { Grid } from '../shared/index.ts';
import { MAX_CSV_BYTES, MAX_XLSX_BYTES, megabytes } from './limits.ts';
import { CellBudget, SheetGuard } from './sheet-guard.ts';
import { TrackerFileError } from './tracker-file-error.ts';

export { TrackerFileError };

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
  const csv = kind === '.csv' || kind === '.tsv' || kind === '.txt';
  let bytes: Buffer;
  try {
    // The size first: a file past the limit is never read into memory.
    const { size } = await stat(path);
    const limit = csv ? MAX_CSV_BYTES : MAX_XLSX_BYTES;
    if (size > limit) {
      throw new TrackerFileError(`Cannot read ${path}: it is ${megabytes(size)}; the CLI reads ${csv ? 'CSV' : 'XLSX'} trackers of at most ${megabytes(limit)}. Export just the tracker sheet (without pictures) and scan that.`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof TrackerFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new TrackerFileError(code === 'ENOENT' ? `File not found: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
  }
  if (csv) {
    if (sheet !== undefined) throw new TrackerFileError(`--sheet applies to XLSX files; ${path} is a CSV file with one sheet.`);
    return [{ name: null, grid: readCsv(bytes, path) }];
  }
  if (kind === '.xlsx' || kind === '.xlsm') {
    // Loaded only for a workbook: its zip and XML libraries would slow every CSV scan's start.
    const { readXlsx } = await import('./read-xlsx.ts');
    return readXlsx(bytes, path, sheet);
  }
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
  // Row by row, so a file past the limits stops at the first row too many.
  const guard = new SheetGuard(path, new CellBudget());
  const grid: string[][] = [];
  let fatal: Papa.ParseError | undefined;
  let refusal: TrackerFileError | undefined;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter,
    step: (result, parser) => {
      fatal ??= result.errors.find((e) => e.type !== 'Delimiter');
      try {
        guard.cell(grid.length + 1, Math.max(result.data.length, 1));
      } catch (error) {
        refusal = error as TrackerFileError;
        parser.abort();
        return;
      }
      grid.push(result.data);
    },
  });
  if (refusal) throw refusal;
  if (fatal && grid.length === 0) throw new TrackerFileError(`Cannot read ${path}: ${fatal.message} (row ${(fatal.row ?? 0) + 1}).`);
  return grid;
}
