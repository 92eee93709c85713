import { basename, extname } from 'node:path';
import { type LogActivity, type SheetKind, type SheetKindProposal, describeSheetKind, proposeSheetKind } from '../shared/index.ts';
import type { TrackerSheet } from './read-tracker.ts';

/** One sheet of the file as the JSON's `sheets` lists it. */
export interface SheetListing {
  readonly name: string;
  readonly kind: SheetKind;
  readonly confidence: number;
  readonly reasons: readonly string[];
  readonly activity?: LogActivity | null;
  /** The proposal in words, for the report and messages (not in the JSON). */
  readonly described: string;
}

/** A sheet's name: its tab's, or a CSV's file name without the extension (as Sheets names an imported CSV). */
export function sheetName(file: string, sheet: TrackerSheet): string {
  return sheet.name ?? basename(file, extname(file));
}

/** What every sheet of the file is proposed as, in order. */
export function listSheets(file: string, sheets: readonly TrackerSheet[]): SheetListing[] {
  return sheets.map((sheet) => {
    const name = sheetName(file, sheet);
    const proposal: SheetKindProposal = proposeSheetKind(name, sheet.grid);
    const { kind, confidence, reasons } = proposal;
    const listing = { name, kind, confidence, reasons, described: describeSheetKind(proposal) };
    return proposal.kind === 'activity-log' ? { ...listing, activity: proposal.activity } : listing;
  });
}

/** The JSON's `sheets`: the listing without its words for people. */
export function sheetsJson(listings: readonly SheetListing[]): Omit<SheetListing, 'described'>[] {
  return listings.map(({ described: _, ...rest }) => rest);
}

const NOT_SCANNED: Partial<Record<SheetKind, string>> = {
  'training-matrix': 'matrices',
  'activity-log': 'logs',
  'document-register': 'document registers',
};

/**
 * When no sheet reads as a checklist but some hold other evidence: what each sheet is, and that
 * those kinds are not scanned yet. Null when the file has no such sheet (the layout's own problem says more).
 */
export function notScannedYet(file: string, listings: readonly SheetListing[]): string | null {
  if (listings.some((l) => l.kind === 'checklist')) return null;
  const kinds = [...new Set(listings.map((l) => NOT_SCANNED[l.kind]).filter((k): k is string => k !== undefined))];
  if (kinds.length === 0) return null;
  const what = listings.map((l, i) => `${i === 0 ? 'Sheet' : 'sheet'} "${l.name}" reads as ${l.described}`).join('; ');
  const list = kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
  return `${file}: ${what}: ${list} are not scanned yet. Scan a checklist tracker (one row per requirement, with its evidence), or map this sheet's columns yourself: --column requirement=LETTER --column evidence=LETTER.`;
}
