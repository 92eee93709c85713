/**
 * The engine's one door: the add-on, the CLI, the workbench and the extension import the domain
 * from here (and the clip protocol from ./clip-protocol.ts, the contract between the extension and
 * the intake), never from the modules behind it. test/invariants.test.ts keeps it so.
 */

// Cells and dates as a sheet or a file gives them.
export { type Cell, type Grid, cellText, columnIndex, columnLetter } from './cells.ts';
export { type Day, type SlashOrder, dayFromDate, dayFromIso, dayFromParts, isoFromDay, slashOrderForLocale } from './dates.ts';

// The reference checklist and its elements.
export { REFERENCE_CHECKLIST } from './reference/checklist.ts';
export { ELEMENTS, ELEMENT_BY_ID } from './reference/elements.ts';
export { type ElementId, type ReferenceRequirement, isProposal } from './reference/types.ts';
export { headingElement, parseElement } from './element-match.ts';
export { type MatchCandidate, RequirementMatcher, wordsOf } from './requirement-match.ts';

// Reading a tracker: its layout and its items.
export { type Layout, type LayoutOverrides, type LayoutProblem, columnReadings, detectLayout } from './layout/detect.ts';
export { ALL_ROLES, type AnyRole, ROLES, ROLE_LABEL, type Role } from './layout/roles.ts';
export type { DateOrders, TrackerItem } from './items.ts';

// What each sheet of a workbook is: a checklist, a training matrix, an activity log, a document register, or not evidence.
export { ACTIVITY_LABEL, type LogActivity, SHEET_KINDS, SHEET_KIND_LABEL, type SheetKind, type SheetKindProposal, describeSheetKind } from './sheet-kinds/kinds.ts';
export { proposeSheetKind } from './sheet-kinds/propose.ts';

// A training matrix's cells judged: current, expiring, expired, missing or n/a, per worker and course.
export { EXPIRING_DAYS, type JudgeMatrixOptions, type MatrixCell, type MatrixJudgement, type MatrixVerdict, judgeMatrix } from './training-matrix/judge.ts';
export { COURSE_VALIDITY, type CourseValidity } from './training-matrix/validity.ts';

// Evidence sheets judged, and what each shows a reviewer per requirement.
export { type EvidenceSheetKind, type SheetEvidence, describeSheetEvidence } from './sheet-evidence.ts';
export { type EvidenceSheet, type JudgeSheetOptions, type SheetJudgement, judgeEvidenceSheet, predictFromSheets } from './workbook.ts';

// The verdicts: per item, on the rows, and the predicted audit.
export { type EvaluateOptions, type TrackerEvaluation, evaluateRows, evaluateTracker } from './evaluate.ts';
export { type ExpiringWhy, GAP_KINDS, GAP_LABEL, type GapKind, type ItemReadiness, type ItemVerdict, type JudgedItem, WARNING_LABEL, type WarningKind } from './gaps.ts';
export { type ElementPrediction, type EvidenceSource, PASS_ELEMENT_PERCENT, type Prediction, type RequirementEvidence } from './prediction.ts';
export { suggestedAction } from './actions.ts';
export { toScanReport } from './scan-report.ts';

// The team's profile and the clips counted toward its items.
export { DEFAULT_PROFILE, type Profile, nextSubmissionMonth } from './profile.ts';
export { type ClipEvidence, type ClippedItem, EARLIEST_RECORD_DATE, implausibleRecordDate, itemKey } from './clips.ts';
export { type ClipTarget, type ClipTargetCells, type ClipTargetProblem, type ParsedClipTarget, formatClipTarget, parseClipTarget } from './clip-target.ts';
