import type { LogActivity, SheetKind } from './kinds.ts';

/** One kind's reading of a sheet: how well the sheet fits it (0..1) and why. */
export interface KindReading {
  readonly kind: SheetKind;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly activity?: LogActivity | null;
}

/** Whether a (normalised) header is one of `exact`, or holds one of `phrases` from a word's start. */
export function headerNames(header: string, exact: readonly string[], phrases: readonly string[] = []): boolean {
  if (header === '') return false;
  const bare = header
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[?#.]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (exact.includes(header) || exact.includes(bare)) return true;
  const padded = ` ${header.replace(/[^a-z0-9#&?]+/g, ' ')} `;
  return phrases.some((p) => padded.includes(` ${p}`));
}
