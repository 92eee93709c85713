import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
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

const isCsv = (path: string): boolean => ['.csv', '.tsv', '.txt'].includes(extname(path).toLowerCase());

/** A CSV's sheet name: its file name without the extension, as Sheets names an imported CSV. */
export function csvSheetName(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads a CSV or XLSX tracker into grids of cells, as Sheets' getValues() would give them: every
 * sheet of a workbook in order, or only the one named.
 */
export async function readTrackerFile(path: string, sheet?: string): Promise<TrackerSheet[]> {
  return readOne(path, sheet, new CellBudget());
}

/**
 * Several files read as one workbook: one XLSX as readTrackerFile reads it, or CSV exports, each a
 * sheet named after its file (as Sheets names an imported CSV), in the order given, sharing one
 * workbook's cell limit; with `sheet`, only the one of that name.
 */
export async function readTrackerFiles(paths: readonly string[], sheet?: string): Promise<TrackerSheet[]> {
  if (paths.length === 1) return readTrackerFile(paths[0]!, sheet);
  const workbook = paths.find((path) => !isCsv(path));
  if (workbook !== undefined) {
    throw new TrackerFileError(
      `Cannot read ${workbook} with other files: several files are read as one workbook only when each is a CSV export (one sheet each). Scan the XLSX alone, or export its sheets as CSV.`,
    );
  }
  const budget = new CellBudget();
  const sheets: TrackerSheet[] = [];
  const fileOf = new Map<string, string>();
  for (const path of paths) {
    const name = csvSheetName(path);
    const same = fileOf.get(name.toLowerCase());
    // Sheets refuses two tabs of one name whatever their case; a listing would not say which is which.
    if (same !== undefined) throw new TrackerFileError(`${same} and ${path} would both be the sheet "${name}": rename one of the files and scan again.`);
    fileOf.set(name.toLowerCase(), path);
    const [csv] = await readOne(path, undefined, budget);
    sheets.push({ name, grid: csv!.grid });
  }
  if (sheet === undefined) return sheets;
  const named = sheets.filter((s) => s.name === sheet);
  if (named.length === 0)
    throw new TrackerFileError(
      `No sheet named "${sheet}" among the files: they are ${sheets.map((s) => `"${s.name}"`).join(', ')} (each CSV is the sheet named after its file).`,
    );
  return named;
}

async function readOne(path: string, sheet: string | undefined, budget: CellBudget): Promise<TrackerSheet[]> {
  const csv = isCsv(path);
  let bytes: Buffer;
  try {
    // The size first: a file past the limit is never read into memory.
    const { size } = await stat(path);
    const limit = csv ? MAX_CSV_BYTES : MAX_XLSX_BYTES;
    if (size > limit) {
      throw new TrackerFileError(
        `Cannot read ${path}: it is ${megabytes(size)}; the CLI reads ${csv ? 'CSV' : 'XLSX'} trackers of at most ${megabytes(limit)}. Export just the tracker sheet (without pictures) and scan that.`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof TrackerFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new TrackerFileError(code === 'ENOENT' ? `File not found: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
  }
  if (csv) {
    if (sheet !== undefined) throw new TrackerFileError(`--sheet applies to an XLSX file or to several CSV files; ${path} is one CSV file, with one sheet.`);
    return [{ name: null, grid: readCsv(bytes, path, budget) }];
  }
  const kind = extname(path).toLowerCase();
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

function readCsv(bytes: Buffer, path: string, budget: CellBudget): Grid {
  const text = decodeText(bytes, path);
  // Papa guesses the delimiter (commas, semicolons as European Excel writes, tabs) from the filled
  // lines; the grid itself keeps blank lines, so that row numbers stay the sheet's.
  const { delimiter } = Papa.parse<string[]>(text, { skipEmptyLines: true, preview: 100 }).meta;
  // Row by row, so a file past the limits stops at the first row too many.
  const guard = new SheetGuard(path, budget);
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
  guard.done();
  return grid;
}
