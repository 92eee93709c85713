/** What a sheet of a team's workbook holds, as an auditor would read it. */
export type SheetKind = 'checklist' | 'training-matrix' | 'activity-log' | 'document-register' | 'not-evidence';

/** What an activity log records, one row per event: the activity it evidences. */
export type LogActivity = 'inspections' | 'meetings' | 'drills' | 'hazard-assessments' | 'incidents' | 'pre-use-checks' | 'maintenance' | 'training';

export const SHEET_KINDS: readonly SheetKind[] = ['checklist', 'training-matrix', 'activity-log', 'document-register', 'not-evidence'];

/** Each kind in plain words, with its shape: "a training matrix (workers x tickets)". */
export const SHEET_KIND_LABEL: Readonly<Record<SheetKind, string>> = {
  checklist: 'a checklist tracker (one row per requirement)',
  'training-matrix': 'a training matrix (workers x tickets)',
  'activity-log': 'an activity log (one row per event)',
  'document-register': 'a document register (one row per document)',
  'not-evidence': 'not safety evidence',
};

export const ACTIVITY_LABEL: Readonly<Record<LogActivity, string>> = {
  inspections: 'inspections',
  meetings: 'safety meetings and toolbox talks',
  drills: 'emergency drills',
  'hazard-assessments': 'field-level and site hazard assessments',
  incidents: 'incidents and near misses',
  'pre-use-checks': 'equipment pre-use checks',
  maintenance: 'equipment maintenance',
  training: 'training given (courses, orientations)',
};

/** The proposal for one sheet: its kind, how sure (0..1), and why in plain words. */
export type SheetKindProposal =
  // null when neither the sheet's name, its headers nor its rows say what it logs: the coordinator says at setup.
  | { readonly kind: 'activity-log'; readonly activity: LogActivity | null; readonly confidence: number; readonly reasons: readonly string[] }
  | { readonly kind: Exclude<SheetKind, 'activity-log'>; readonly confidence: number; readonly reasons: readonly string[] };

/** The proposal in words: "a training matrix (workers x tickets)", "an activity log of inspections (one row per event)". */
export function describeSheetKind(proposal: SheetKindProposal): string {
  if (proposal.kind === 'activity-log' && proposal.activity !== null) return `an activity log of ${ACTIVITY_LABEL[proposal.activity]} (one row per event)`;
  return SHEET_KIND_LABEL[proposal.kind];
}
