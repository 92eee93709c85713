import { zipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { Parser } from 'saxen';
import yauzl from 'yauzl';
import type { Cell } from '../shared/index.ts';
import { MAX_XLSX_PARSED_BYTES, MAX_XLSX_PART_BYTES, MAX_XLSX_UNCOMPRESSED_BYTES, megabytes } from './limits.ts';
import { CellBudget, SheetGuard } from './sheet-guard.ts';
import { TrackerFileError } from './tracker-file-error.ts';
import type { TrackerSheet } from './read-tracker.ts';

const RESAVE = 'open it in Excel or Sheets, save it again as XLSX (or export the tracker sheet as CSV), and scan that.';

/** The sheets a workbook lists, in tab order, with the part each points to. */
interface ListedSheet {
  readonly name: string;
  /** The relationship's type, e.g. ".../relationships/worksheet" or ".../chartsheet"; null when the workbook names no relationship. */
  readonly type: string | null;
  readonly part: string | null;
}

/** The relationship namespaces read-excel-file knows (parseFilePaths.js): transitional, as Excel saves by default, and strict. */
const RELATIONSHIP_BASES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** "worksheet", "chartsheet", "sharedStrings", ...: a relationship type in a known namespace; null for any other. */
function kindOf(type: string | null): string | null {
  const base = RELATIONSHIP_BASES.find((b) => type?.startsWith(b));
  return base ? type!.slice(base.length) : null;
}

/** The zip's parts by name, from its central directory; nothing is inflated yet. */
async function openZip(bytes: Buffer, path: string): Promise<{ zip: yauzl.ZipFile; parts: Map<string, yauzl.Entry> }> {
  const damaged = (error: unknown) =>
    new TrackerFileError(`Cannot read ${path}: it is not a readable XLSX workbook: the zip is damaged or cut short (${(error as Error).message}); ${RESAVE}`);
  let zip: yauzl.ZipFile;
  const parts = new Map<string, yauzl.Entry>();
  let declared = 0;
  let largest: yauzl.Entry | null = null;
  try {
    zip = await yauzl.fromBufferPromise(bytes);
    for await (const entry of zip.eachEntry()) {
      if (parts.has(entry.fileName))
        throw new TrackerFileError(`Cannot read ${path}: it holds two parts named ${entry.fileName}, which Excel never writes; ${RESAVE}`);
      parts.set(entry.fileName, entry);
      declared += entry.uncompressedSize;
      if (!largest || entry.uncompressedSize > largest.uncompressedSize) largest = entry;
    }
  } catch (error) {
    throw error instanceof TrackerFileError ? error : damaged(error);
  }
  if (declared > MAX_XLSX_UNCOMPRESSED_BYTES) {
    throw new TrackerFileError(
      `Cannot read ${path}: its parts inflate to ${megabytes(declared)} in all (${largest!.fileName} alone to ${megabytes(largest!.uncompressedSize)}); the CLI reads workbooks of at most ${megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)} inflated: ${RESAVE}`,
    );
  }
  return { zip, parts };
}

/** One part's bytes, inflated by zlib through yauzl, refused past what the directory declared. */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    // yauzl checks the inflated bytes against the directory's size as they stream and errors at
    // the first byte too many (README, openReadStream: "too many or too few actual bytes"), so a
    // part that lies about its size stops there instead of filling memory.
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  } catch (error) {
    const lie = /too many bytes/.test((error as Error).message);
    throw new TrackerFileError(
      lie
        ? `Cannot read ${path}: ${entry.fileName} is larger than the zip directory says, so the file is damaged or crafted; ${RESAVE}`
        : `Cannot read ${path}: ${entry.fileName} cannot be inflated (${(error as Error).message}); ${RESAVE}`,
    );
  }
  return Buffer.concat(chunks);
}

/**
 * Calls `onTag` for each element (name without its namespace prefix). saxen reads no DTD, so
 * entity expansion cannot blow up, and it keeps no tree, so deep nesting costs nothing. It hands
 * attribute values raw ("H&amp;S"): `decode` decodes one where text matters, so the hot path
 * (a cell's ref and type) pays nothing.
 */
function eachTag(
  xml: string,
  part: string,
  path: string,
  onTag: (name: string, attributes: () => Record<string, string>, decode: (text: string) => string) => void,
): void {
  const parser = new Parser();
  parser.on('openTag', (name, attributes, decode) => onTag(name.slice(name.indexOf(':') + 1), attributes, decode));
  parser.on('error', (error) => {
    throw new TrackerFileError(`Cannot read ${path}: ${part} is not well-formed XML (${error.message}); ${RESAVE}`);
  });
  parser.parse(xml);
}

/** An attribute by its local name, whatever prefix the file gives it (r:id, ns:id, ...). */
function attribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const [key, value] of Object.entries(attributes)) if (key === local || key.endsWith(`:${local}`)) return value;
  return undefined;
}

/** A relationship target as read-excel-file resolves it (parseFilePaths.js), so the part checked is the part it reads. */
const partOf = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

function listSheets(workbookXml: string, relsXml: string, path: string): { sheets: ListedSheet[]; related: Map<string, string> } {
  const targets = new Map<string, { type: string; part: string }>();
  eachTag(relsXml, 'xl/_rels/workbook.xml.rels', path, (name, attributes, decode) => {
    if (name !== 'Relationship') return;
    const { Id, Type, Target } = attributes();
    if (Id && Type && Target) targets.set(decode(Id), { type: decode(Type), part: partOf(decode(Target)) });
  });
  const sheets: ListedSheet[] = [];
  eachTag(workbookXml, 'xl/workbook.xml', path, (name, attributes, decode) => {
    if (name !== 'sheet') return;
    const all = attributes();
    // read-excel-file lists only sheets with a name (parseSpreadsheetInfo.js); so does this, to stay in step with its result.
    if (!all.name) return;
    const target = targets.get(decode(attribute(all, 'id') ?? ''));
    sheets.push({ name: decode(all.name), type: target?.type ?? null, part: target?.part ?? null });
  });
  // Shared strings and styles by their relationship, by kind (e.g. "sharedStrings").
  const related = new Map<string, string>();
  for (const { type, part } of targets.values()) {
    const kind = kindOf(type);
    if (kind) related.set(kind, part);
  }
  return { sheets, related };
}

/** The last row and column of a dimension ref such as "A1:XFD1048576" or "B2"; null when it does not read as one. */
function refEnd(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,4})\$?(\d{1,8})$/i.exec(ref.split(':').at(-1)!);
  if (!match) return null;
  const column = [...match[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** Streams a worksheet's tags through its guard; refuses it at the first limit passed. */
function guardWorksheet(xml: string, part: string, guard: SheetGuard, hasSharedStrings: boolean, path: string, where: string): void {
  let row = 0;
  let column = 0;
  eachTag(xml, part, path, (name, attributes) => {
    if (name === 'dimension') {
      const ref = attributes().ref ?? '';
      const end = refEnd(ref);
      if (end) guard.declared(end.row, end.column, ref);
    } else if (name === 'row') {
      const r = Number(attributes().r);
      row = Number.isInteger(r) && r > 0 ? r : row + 1;
      column = 0;
      guard.row(row);
    } else if (name === 'c') {
      const all = attributes();
      const at = all.r ? refEnd(all.r) : null;
      column = at ? at.column : column + 1;
      guard.cell(at ? at.row : Math.max(row, 1), column);
      if (all.t === 's' && !hasSharedStrings) {
        throw new TrackerFileError(
          `Cannot read ${where}: cell ${all.r ?? `in row ${row}`} is a shared string, but the workbook has no shared strings part; ${RESAVE}`,
        );
      }
    }
  });
  guard.done();
}

/**
 * Reads an XLSX tracker's worksheets: checks the zip directory's sizes, inflates only the parts a
 * grid needs (each against its limit), streams every worksheet through a guard, and only then
 * hands read-excel-file a fresh zip of exactly those checked parts, so it never sees a byte that
 * was not measured. Chart sheets and other non-worksheets are skipped.
 */
export async function readXlsx(bytes: Buffer, path: string, sheet: string | undefined): Promise<TrackerSheet[]> {
  const { zip, parts } = await openZip(bytes, path);
  let parsed = 0;
  const read = async (name: string) => {
    const entry = parts.get(name);
    if (!entry) return null;
    if (entry.uncompressedSize > MAX_XLSX_PART_BYTES) {
      throw new TrackerFileError(
        `Cannot read ${path}: ${entry.fileName} inflates to ${megabytes(entry.uncompressedSize)}; the CLI reads parts of at most ${megabytes(MAX_XLSX_PART_BYTES)}, far above any tracker: ${RESAVE}`,
      );
    }
    parsed += entry.uncompressedSize;
    if (parsed > MAX_XLSX_PARSED_BYTES) {
      throw new TrackerFileError(
        `Cannot read ${path}: the parts a scan reads (its worksheets, shared strings and styles) inflate to more than ${megabytes(MAX_XLSX_PARSED_BYTES)} together, at ${name}; ${RESAVE}`,
      );
    }
    return inflate(zip, entry, path);
  };
  const text = (data: Buffer) => new TextDecoder().decode(data);
  const workbookXml = await read('xl/workbook.xml');
  const relsXml = await read('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml)
    throw new TrackerFileError(`Cannot read ${path}: it is not an XLSX workbook (it has no xl/workbook.xml and its relationships); ${RESAVE}`);
  const { sheets, related } = listSheets(text(workbookXml), text(relsXml), path);

  const worksheets = sheets.filter((s) => kindOf(s.type) === 'worksheet');
  const others = sheets.filter((s) => kindOf(s.type) !== 'worksheet');
  const describe = (s: ListedSheet) => `"${s.name}" is ${kindOf(s.type) === 'chartsheet' ? 'a chart sheet' : 'not a worksheet'}`;
  if (worksheets.length === 0) {
    throw new TrackerFileError(
      `Cannot read ${path}: it has no worksheet to scan${others.length ? ` (${others.map(describe).join(', ')})` : ''}; put the tracker on a worksheet, or export it as CSV.`,
    );
  }
  for (const [i, s] of worksheets.entries()) {
    const sharer = worksheets.slice(0, i).find((t) => t.part === s.part);
    if (sharer)
      throw new TrackerFileError(`Cannot read ${path}: sheets "${sharer.name}" and "${s.name}" both point to ${s.part}, which Excel never writes; ${RESAVE}`);
    if (!parts.has(s.part!)) throw new TrackerFileError(`Cannot read ${path}: sheet "${s.name}" points to ${s.part}, which is not in the file; ${RESAVE}`);
  }
  if (sheet !== undefined && !worksheets.some((s) => s.name === sheet)) {
    const other = others.find((s) => s.name === sheet);
    const names = worksheets.map((s) => `"${s.name}"`).join(', ');
    throw new TrackerFileError(
      other
        ? `Cannot scan ${path}, sheet ${describe(other)}: name a worksheet with --sheet: ${names}.`
        : `No sheet named "${sheet}" in ${path}: it has ${names}.`,
    );
  }

  // read-excel-file looks for these at their related paths, else at the usual ones (parseSpreadsheetContents.js).
  const sharedStringsPart = related.get('sharedStrings') ?? 'xl/sharedStrings.xml';
  const stylesPart = related.get('styles') ?? 'xl/styles.xml';
  const checked: Record<string, Uint8Array> = { 'xl/workbook.xml': workbookXml, 'xl/_rels/workbook.xml.rels': relsXml };
  for (const part of [sharedStringsPart, stylesPart]) {
    const data = await read(part);
    if (data) checked[part] = data;
  }
  const budget = new CellBudget();
  for (const s of worksheets) {
    const data = (await read(s.part!))!;
    const where = `${path}, sheet "${s.name}"`;
    guardWorksheet(text(data), s.part!, new SheetGuard(where, budget), sharedStringsPart in checked, path, where);
    checked[s.part!] = data;
  }

  let results: { sheet: string; data: Cell[][] | undefined }[];
  try {
    // Stored, not deflated: the parts are already in memory and within their limits. The Buffer
    // shares the zip's memory rather than copying it.
    const clean = zipSync(checked, { level: 0 });
    results = (await readXlsxFile(Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength))) as typeof results;
  } catch (error) {
    throw new TrackerFileError(`Cannot read ${path}: it is not a readable XLSX workbook (${(error as Error).message}); ${RESAVE}`);
  }
  if (results.length !== sheets.length)
    throw new TrackerFileError(`Cannot read ${path}: its sheets do not read consistently (${results.length} of ${sheets.length}); ${RESAVE}`);
  // read-excel-file lists every sheet in tab order, a non-worksheet without data.
  const chosen = results.filter((_, i) => kindOf(sheets[i]!.type) === 'worksheet' && (sheet === undefined || sheets[i]!.name === sheet));
  // XLSX dates arrive at UTC midnight; made local midnights, they read as their day in the engine without a zone (the CLI) on any machine, and the workbench moves them to its spreadsheet's zone.
  return chosen.map((s) => ({
    name: s.sheet,
    grid: (s.data ?? []).map((row) =>
      row.map((cell) => (cell instanceof Date ? new Date(cell.getUTCFullYear(), cell.getUTCMonth(), cell.getUTCDate()) : cell)),
    ),
  }));
}
