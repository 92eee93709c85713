import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { type AuditFinding, type Grid, REFERENCE_CHECKLIST } from '../shared/index.ts';
import { MAX_CSV_BYTES, megabytes } from './limits.ts';
import { readTrackerFile } from './read-tracker.ts';
import { TrackerFileError } from './tracker-file-error.ts';

/** An audit report as the CLI reads it: pasted text, or each sheet of a CSV or XLSX of findings. */
export type ReportInput = { readonly text: string } | { readonly grids: readonly Grid[] };

/**
 * Reads a findings file: a .txt (or .md) is the report's text as pasted, read whole; a CSV or XLSX
 * is a grid per sheet, read as a tracker is (its limits, its messages).
 */
export async function readReport(path: string): Promise<ReportInput> {
  if (!['.txt', '.text', '.md'].includes(extname(path).toLowerCase())) return { grids: (await readTrackerFile(path)).map((s) => s.grid) };
  try {
    const { size } = await stat(path);
    if (size > MAX_CSV_BYTES)
      throw new TrackerFileError(
        `Cannot read ${path}: it is ${megabytes(size)}; the CLI reads reports of at most ${megabytes(MAX_CSV_BYTES)}. Paste just the findings.`,
      );
    return { text: await readFile(path, 'utf8') };
  } catch (error) {
    if (error instanceof TrackerFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new TrackerFileError(code === 'ENOENT' ? `File not found: ${path}` : `Cannot read ${path}: ${(error as Error).message}`);
  }
}

const REQUIREMENT_TEXT = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r.text]));

/** The findings as a text report: each with its requirement (or the candidates), score, due date and source. */
export function renderFindings(file: string, year: number, findings: readonly AuditFinding[]): string {
  const matched = findings.filter((f) => f.requirement !== null).length;
  const lines = [`${year} audit: ${findings.length} finding${findings.length === 1 ? '' : 's'} read from ${file}, ${matched} matched to a requirement`, ''];
  for (const f of findings) {
    lines.push(`${f.source}: ${f.text}`);
    if (f.requirement !== null) {
      const how = f.matchedBy === 'reference' ? `named by the report ("${f.reference}")` : `matched by its words, score ${f.score.toFixed(2)}`;
      lines.push(`  Requirement: ${f.requirement} ${REQUIREMENT_TEXT.get(f.requirement)} (${how})`);
    } else {
      const might = f.candidates.map((c) => `${c.id} (${c.score.toFixed(2)})`).join(', ');
      lines.push(`  Requirement: not sure (best score ${f.score.toFixed(2)})${might === '' ? '; pick one by hand' : `; it might be ${might}`}`);
    }
    if (f.recommendation !== null) lines.push(`  CP recommends: ${f.recommendation}`);
    lines.push(`  Due: ${f.due.date} (${f.due.rule})`, '  Owner: to be picked', '');
  }
  return `${lines.join('\n')}`;
}
