/**
 * What the server hands the sidebar: plain data, JSON-safe (google.script.run passes it as JSON),
 * rows 1-based and columns as letters, as a person sees the sheet.
 */
import type {
  ActionStatus,
  ElementPrediction,
  EvidenceSheetKind,
  ExpiringWhy,
  GapKind,
  ItemReadiness,
  LogActivity,
  Prediction,
  Role,
  WarningKind,
} from '../../shared/index.ts';

export interface ElementView {
  readonly id: string;
  readonly name: string;
  readonly applicable: number;
  readonly ready: number;
  /** One decimal; null when nothing in the element can be scored. */
  readonly percent: number | null;
}

/** An element as the audit is predicted to score it: its requirements ready, with a gap, with no row. */
export type PredictedElementView = ElementPrediction;

/** One row of the team's tracker that needs attention. */
export interface RowFinding {
  readonly row: number;
  readonly text: string;
  readonly element: string | null;
  readonly requirement: string | null;
  readonly readiness: ItemReadiness;
  readonly gaps: readonly GapKind[];
  readonly warnings: readonly WarningKind[];
  /** What is wrong and what to do, a sentence per gap or warning. */
  readonly details: readonly string[];
  /** "by a clip of 2026-11-20" when a clip is the record that makes the row ready, else null. */
  readonly readyByClip: string | null;
}

export interface GapGroup {
  readonly kind: GapKind;
  readonly label: string;
  readonly rows: readonly RowFinding[];
}

export interface DueSoon {
  readonly row: number;
  readonly text: string;
  /** ISO day on which it goes stale, falls due or expires. */
  readonly on: string;
  readonly inDays: number;
  readonly why: ExpiringWhy;
}

/** A reference requirement as the sidebar names it. */
export interface RequirementView {
  readonly id: string;
  readonly element: string;
  readonly text: string;
}

/** An item matched to no requirement, with the requirements its wording comes closest to, best first. */
export interface UnmatchedRow {
  readonly row: number;
  readonly text: string;
  readonly element: string | null;
  readonly candidates: readonly RequirementView[];
}

export interface ReadinessView {
  readonly spreadsheetName: string;
  readonly sheetName: string;
  /** ISO instant of the scan. */
  readonly scannedAt: string;
  /** ISO day the verdicts are for. */
  readonly today: string;
  /** The headline: the audit predicted over the team's profile. */
  readonly prediction: Omit<Prediction, 'toPrepare'> & {
    /** Checked by interview or observation: not scored from documents, to prepare for. */
    readonly toPrepare: readonly RequirementView[];
  };
  /** The tracker's own rows: the secondary figures. */
  readonly overall: {
    readonly percent: number | null;
    readonly ready: number;
    readonly applicable: number;
  };
  readonly elements: readonly ElementView[];
  /** Gaps grouped by kind, in the order they block most (missing evidence first). */
  readonly gapGroups: readonly GapGroup[];
  /** The rows a clip made ready, so the coordinator sees the clip count. */
  readonly readyByClips: readonly RowFinding[];
  readonly dueSoon: readonly DueSoon[];
  /** The items matched to no requirement (N/A ones aside), for the coordinator to pick what each tracks. */
  readonly unmatched: readonly UnmatchedRow[];
  /**
   * The column that names a row's requirement by its id: the add-on's own Requirement column,
   * where a picked candidate is written, or the team's ID column, which only the team writes;
   * null when the team's ID column is gone since setup.
   */
  readonly requirementColumn: { readonly letter: string; readonly ownedBy: 'add-on' | 'team' } | null;
  readonly missing: readonly RequirementView[];
  readonly gate: { readonly applicable: number; readonly ready: number };
  /** The yearly submission, from the team settings: its month (YYYY-MM) and the certifying partner. */
  readonly submission: { readonly month: string; readonly partner: string | null } | null;
  /** The confirmed evidence sheets as this scan found them: by name, for Go to row on their rows. */
  readonly evidenceSheets: readonly EvidenceSheetView[];
  /** Interviews and the site walk as practised, apart from the prediction above. */
  readonly practice: PracticeView;
  /** Where the Action Plan stands (its lines by status, those overdue); null before it is made. */
  readonly actions: ActionPlanView | null;
}

/** The Action Plan's progress as the sidebar shows it. */
export interface ActionPlanView {
  readonly sheetName: string;
  readonly sheetId: number;
  readonly counts: Readonly<Record<ActionStatus, number>>;
  readonly overdue: readonly { readonly row: number; readonly item: string; readonly owner: string; readonly due: string; readonly source: string }[];
}

/** A confirmed evidence sheet as the scan found it; sheetId null and a note when it is gone or reads otherwise. */
export interface EvidenceSheetView {
  readonly sheetId: number | null;
  readonly name: string;
  readonly kind: EvidenceSheetKind;
  /** Why it gave no evidence this scan ("was deleted", "no longer reads as a training matrix"); null when it did. */
  readonly note: string | null;
}

export interface ColumnChoice {
  readonly role: Role;
  /** Column letter, or null for none. */
  readonly column: string | null;
  readonly header: string;
  /** 0..1; 1 when the user chose it. */
  readonly confidence: number;
}

/** The engine's reading of the active sheet, for the user to check before confirming setup. */
export interface SetupProposal {
  readonly sheetName: string;
  /** 1-based; null when no header row was found. */
  readonly headerRow: number | null;
  readonly columns: readonly ColumnChoice[];
  /** Every column of the header row, for the role pickers. */
  readonly headers: readonly { readonly column: string; readonly text: string }[];
  /** Why the sheet cannot be set up as proposed, in words a person can act on; null when it can. */
  readonly problem: string | null;
  /** True when this sheet is already set up (the proposal then shows the saved mapping). */
  readonly configured: boolean;
  /** Every other sheet of the spreadsheet (the add-on's own aside), with what it is read as. */
  readonly sheets: readonly SheetKindView[];
  /** No sheet reads as a checklist (this one cannot be set up): the sidebar offers to start one. */
  readonly canStartChecklist: boolean;
}

/** What a sheet beside the tracker can be confirmed as. */
export type SheetKindChoice = EvidenceSheetKind | 'not-evidence';

/** Another sheet as setup proposes it: the engine's reading, or what was confirmed before. */
export interface SheetKindView {
  readonly sheetId: number;
  readonly name: string;
  readonly kind: SheetKindChoice;
  readonly activity: LogActivity | null;
  /** 0..1; 1 when the coordinator confirmed it. */
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** True when this is what the coordinator confirmed at the last setup. */
  readonly confirmed: boolean;
}

/** What the user confirms: the header row and a column (or none) per role, and what each other sheet is. */
export interface SetupChoice {
  readonly headerRow: number;
  readonly columns: Readonly<Record<Role, string | null>>;
  /** Absent: the evidence sheets stay as confirmed before. */
  readonly sheets?: readonly { readonly sheetId: number; readonly kind: SheetKindChoice; readonly activity?: LogActivity | null }[];
}

export type SidebarState = { readonly kind: 'needs-setup'; readonly proposal: SetupProposal } | { readonly kind: 'ready'; readonly readiness: ReadinessView };

/** The audit pack just saved as a Google Doc in the user's Drive. */
export interface AuditPackSaved {
  /** The Doc's name: the spreadsheet's and the time it was built. */
  readonly name: string;
  /** Its link (webViewLink). */
  readonly url: string;
  /** The predicted result the pack shows. */
  readonly pass: boolean;
  /** The predicted overall score, one decimal; null when nothing can be scored. */
  readonly percent: number | null;
}

export interface SheetWritten {
  readonly sheetName: string;
  readonly added: number;
  readonly updated: number;
}

/** One reference requirement as the settings list it. */
export interface RequirementSetting {
  readonly id: string;
  readonly element: string;
  readonly text: string;
  /** The reference's own refresh interval (else its evidence window) in days; null when event-driven. */
  readonly defaultIntervalDays: number | null;
  /** Based only on a consultant or a proposal to verify (not a CP's tool or the law). */
  readonly proposal: boolean;
}

export interface SettingsView {
  readonly profile: {
    readonly disabled: readonly string[];
    readonly proposalsOn: readonly string[];
    readonly intervals: Readonly<Record<string, number>>;
    readonly expiringWithinDays: number;
    readonly auditMonth: number | null;
    readonly certifyingPartner: string | null;
    /** Year of the certification audit, naming the next submission; null until entered. */
    readonly certifiedYear: number | null;
  };
  readonly requirements: readonly RequirementSetting[];
}

/** The weekly digest's switch, as the sidebar's settings show it. */
export interface WeeklyDigestView {
  /** True while this spreadsheet has the digest's weekly trigger. */
  readonly on: boolean;
  /** Who it mails: the coordinator who switched it on (or the user, while off); null when their address is hidden. */
  readonly recipient: string | null;
  /** When it comes, in words. */
  readonly schedule: string;
}

/** Someone paired with the clipper, as the sidebar lists them (ISO instants; never the token). */
export interface ClipperPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  /** When their current pairing code was made. */
  readonly created: string;
  readonly lastUsed: string | null;
  readonly revoked: string | null;
}

/** A new pairing: the code, shown once, and the list as it now stands. */
export interface ClipperPairing {
  readonly code: string;
  readonly person: ClipperPerson;
  readonly people: readonly ClipperPerson[];
}

/** The web app address pairing codes carry (see intake/clipper-address.ts). */
export interface ClipperAddress {
  /** The /exec address the coordinator confirmed; null until they do. */
  readonly confirmed: string | null;
  /** What Apps Script reports here (ScriptApp.getService().getUrl()): may be the /dev address, or null when not deployed. */
  readonly reported: string | null;
}

/** One thing the add-on relies on, tried by "Check the installation". */
export interface InstallationCheck {
  /** What was tried, in the coordinator's words. */
  readonly name: string;
  readonly ok: boolean;
  /** What was found. */
  readonly found: string;
  /** What to do about a problem; null when it works. */
  readonly todo: string | null;
}

export interface InstallationReport {
  /** ISO instant of the check. */
  readonly checkedAt: string;
  readonly checks: readonly InstallationCheck[];
}

/** An interview or observation requirement as practice and the site walk predict it: apart from the documentary prediction. */
export interface PractisedRequirementView {
  readonly id: string;
  readonly text: string;
  /** People who practised it (interviews), or items of it sampled on the walk (observations). */
  readonly asked: number;
  /** Of those, how many answered well, or were found in place. */
  readonly good: number;
  /** good / asked, one decimal; null when nothing of it was practised or walked. */
  readonly percent: number | null;
  readonly finding: 'ready' | 'gap' | 'not practised' | 'not walked';
}

/** Interviews and the site walk, predicted from the team's Interview Practice and Site Walk sheets, shown apart from the documents' score. */
export interface PracticeView {
  /** A requirement is ready at this share (a proposal: no CP publishes one per question). */
  readonly readyPercent: number;
  /** The practice log's name and id, or null when the add-on has made none. */
  readonly practiceSheet: { readonly name: string; readonly sheetId: number } | null;
  /** The site walk's name and id, or null when the add-on has made none. */
  readonly walkSheet: { readonly name: string; readonly sheetId: number } | null;
  readonly interviews: readonly PractisedRequirementView[];
  readonly observations: readonly PractisedRequirementView[];
  /** Items found not in place on the walk: actions for the Action Plan. */
  readonly notInPlace: number;
  /** Lines left out, and why: half-filled, or words neither Yes nor No. */
  readonly skipped: readonly { readonly sheet: string; readonly row: number; readonly why: string }[];
  /** Names in the practice log or keys in the site walk that no question or item has. */
  readonly unknown: readonly string[];
}

/** One finding of a pasted audit report, as the sidebar shows it before it goes into the Action Plan. */
export interface FindingView {
  /** Its place in the report, from 0: what the coordinator's choice of requirement names. */
  readonly index: number;
  /** Its number as the report writes it. */
  readonly number: string;
  readonly kind: 'finding' | 'recommendation';
  readonly text: string;
  /** The requirement it matched, or null. */
  readonly requirement: string | null;
  /** How: the report's reference, its wording, or nothing. */
  readonly matchedBy: 'reference' | 'wording' | 'none';
  /** Requirements to choose from: the match and the candidates first, then every other. */
  readonly choices: readonly RequirementView[];
  /** The tracker's owner of that requirement's row, when it has one; '' otherwise. */
  readonly owner: string;
  /** YYYY-MM-DD, stated in the report or proposed. */
  readonly due: string;
  /** Why that date ("proposed: 30 days for a finding"). */
  readonly dueRule: string;
  /** "2026 audit, finding 3". */
  readonly source: string;
}

/** A pasted report read: its findings, and the year they are labelled with. */
export interface FindingsPreview {
  readonly year: number;
  readonly findings: readonly FindingView[];
}
