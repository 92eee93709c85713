import Papa from 'papaparse';
import type { Grid } from '../cells.ts';
import { hasFindingsHeader } from './parse.ts';

/**
 * What a coordinator pasted, as the findings reader takes it: rows copied from a sheet (tabs) or a
 * CSV of findings with a header row become a grid; anything else is the report's text.
 */
export function pastedReport(text: string): string | Grid {
  const trimmed = text.trim();
  const first = trimmed.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = first.includes('\t') ? '\t' : first.includes(',') ? ',' : null;
  if (delimiter === null) return text;
  const grid = Papa.parse<string[]>(trimmed, { delimiter, skipEmptyLines: true }).data;
  return hasFindingsHeader(grid) ? grid : text;
}
