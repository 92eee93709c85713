import { storeItem } from './store.ts';
import { type DateOrders, type EvidenceSheetKind, type LogActivity, type Role, ROLES, type SheetEvidence, type SlashOrder } from '../../shared/index.ts';

/**
 * Where the team's tracker is and how it reads, saved in the store when setup is confirmed.
 * Columns are 0-based indexes as last verified; DeveloperMetadata on the columns is the truth
 * when the team has moved columns since (see column-tags.ts).
 */
export interface TrackerConfig {
  readonly version: 1;
  readonly sheetId: number;
  /** The spreadsheet's and the tracker sheet's names at setup, for messages and the sidebar. */
  readonly spreadsheetName: string;
  readonly sheetName: string;
  /** 0-based index of the header row. */
  readonly headerRow: number;
  readonly columns: Readonly<Record<Role, number | null>>;
  readonly points: { readonly available: number; readonly earned: number } | null;
  /** The add-on's own Readiness column. */
  readonly readinessColumn: number;
  /** The add-on's own Requirement column (the id role), added when the sheet had no ids. */
  readonly ownRequirementColumn: number | null;
  /** Header text of every column the add-on reads or writes, by index, to notice moved columns cheaply. */
  readonly headerTexts: Readonly<Record<string, string>>;
  /** How slashed dates are read when a column does not tell: from the spreadsheet's locale. */
  readonly slashOrder: SlashOrder;
  /** The date orders found by the last scan, for edits judged without the whole sheet. */
  readonly dateOrders: DateOrders;
  /** The workbook's other sheets the coordinator confirmed as evidence (absent before there were any). */
  readonly evidenceSheets?: readonly EvidenceSheetConfig[];
  /**
   * Each evidence sheet's newest record per requirement at the last scan, so an edited row that
   * points to a sheet ("see Inspections tab") is dated as a scan dates it without reading that sheet.
   */
  readonly sheetDates?: readonly PointedSheetDate[];
}

/** A sheet's newest record for one requirement, as the last scan found it (a day number, or null). */
export type PointedSheetDate = Pick<SheetEvidence, 'sheet' | 'requirement' | 'latest'>;

/**
 * A sheet confirmed at setup as evidence beside the tracker: found by its id (a renamed or moved
 * tab keeps it) and tagged on the sheet (evidence-sheets.ts); the name is the one it had then, for
 * the message when it is gone.
 */
export interface EvidenceSheetConfig {
  readonly sheetId: number;
  readonly name: string;
  readonly kind: EvidenceSheetKind;
  /** What a log records, as the coordinator confirmed it; null for other kinds, or when nobody said. */
  readonly activity: LogActivity | null;
}

const CONFIG = storeItem<TrackerConfig>('secor-ready.tracker');

export function loadConfig(): TrackerConfig | null {
  const config = CONFIG.load();
  // A mapping saved before a role existed (the interval) has no key for it: it maps no column.
  return config && { ...config, columns: { ...NO_COLUMNS, ...config.columns } };
}

const NO_COLUMNS = Object.fromEntries(ROLES.map((role) => [role, null])) as Record<Role, number | null>;

export function saveConfig(config: TrackerConfig): void {
  CONFIG.save(config);
}

/** Every column the add-on knows, its roles and its own, by 0-based index. */
export function knownColumns(config: Pick<TrackerConfig, 'columns' | 'points' | 'readinessColumn'>): number[] {
  const columns = Object.values(config.columns).filter((c): c is number => c !== null);
  if (config.points) columns.push(config.points.available, config.points.earned);
  columns.push(config.readinessColumn);
  return [...new Set(columns)].sort((a, b) => a - b);
}
