/**
 * The engine's one door: the add-on, the CLI, the workbench and the extension import the domain
 * from here (and the clip protocol from ./clip-protocol.ts, the contract between the extension and
 * the intake), never from the modules behind it. test/invariants.test.ts keeps it so.
 */

// Cells and dates as a sheet or a file gives them.
export { type Cell, type Grid, cellText, columnIndex, columnLetter } from './cells.ts';
// Counts and days in words, as every report and view says them.
export { inDays, nameList, plural, rowList, upperFirst } from './words.ts';
export { escapeHtml } from './html.ts';
export { type Day, DateReader, type SlashOrder, dayFromDate, dayFromIso, dayFromParts, isoFromDay, slashOrderForLocale } from './dates.ts';

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
export {
  ACTIVITY_LABEL,
  type LogActivity,
  SHEET_KINDS,
  SHEET_KIND_LABEL,
  type SheetKind,
  type SheetKindProposal,
  describeSheetKind,
} from './sheet-kinds/kinds.ts';
export { proposeSheetKind } from './sheet-kinds/propose.ts';
export { notAChecklist } from './sheet-kinds/not-a-checklist.ts';
export { elementLabel, starterChecklist } from './starter-checklist.ts';

// A training matrix's cells judged: current, expiring, expired, missing or n/a, per worker and course.
export { EXPIRING_DAYS, type JudgeMatrixOptions, type MatrixCell, type MatrixJudgement, type MatrixVerdict, judgeMatrix } from './training-matrix/judge.ts';
export { COURSE_VALIDITY, type CourseValidity } from './training-matrix/validity.ts';

// A document register's documents judged as tracker rows are: ready or a gap, matched to a requirement.
export { type JudgeRegisterOptions, type RegisterDocument, type RegisterJudgement, judgeRegister } from './document-register/judge.ts';
// An activity log's rows judged: coverage of the periods its activity is kept at, open corrective actions, incidents without an investigation.
export {
  ACTION_DUE_DAYS,
  type JudgeLogOptions,
  type LogCoverage,
  type LogJudgement,
  type OpenAction,
  type UninvestigatedIncident,
  judgeLog,
} from './activity-log/judge.ts';
export type { LogEvent, SkippedRow } from './activity-log/events.ts';
export type { PeriodCoverage, PeriodStatus, RunCoverage, SiteCoverage } from './activity-log/coverage.ts';
export type { Period } from './activity-log/periods.ts';
export { LOG_REQUIREMENTS, type LogRequirements } from './activity-log/requirements.ts';

// Evidence sheets judged, and what each shows a reviewer per requirement.
export { type EvidenceSheetKind, type SheetEvidence, describeSheetEvidence } from './sheet-evidence.ts';
export { type EvidenceSheet, type JudgeSheetOptions, type SheetJudgement, judgeEvidenceSheet, predictFromSheets } from './workbook.ts';

// The verdicts: per item, on the rows, and the predicted audit.
export { type EvaluateOptions, type TrackerEvaluation, evaluateRows, evaluateTracker } from './evaluate.ts';
export {
  type ExpiringWhy,
  GAP_KINDS,
  GAP_LABEL,
  type GapKind,
  type ItemReadiness,
  type ItemVerdict,
  type JudgedItem,
  LAPSE_VERB,
  WARNING_LABEL,
  type WarningKind,
} from './gaps.ts';
export {
  type ElementPrediction,
  type EvidenceSource,
  PASS_ELEMENT_PERCENT,
  PASS_OVERALL_PERCENT,
  type Prediction,
  type RequirementEvidence,
} from './prediction.ts';
export { suggestedAction } from './actions.ts';
// Action Plan lines from every source (tracker gaps, audit findings, site walks) and their progress.
export {
  ACTION_STATUSES,
  type ActionCells,
  type ActionLine,
  type ActionProgress,
  type ActionStatus,
  GAP_FOLLOW_UP_DAYS,
  type OverdueAction,
  actionProgress,
  actionStatusOf,
  gapActions,
  gapGone,
  isActionFinished,
} from './action-lines.ts';
export { toScanReport } from './scan-report.ts';

// The team's profile and the clips counted toward its items.
export { DEFAULT_PROFILE, type Profile, nextSubmissionMonth } from './profile.ts';
// The yearly cycle: the next submission from the certificate, its 12-month window, and what lapses before it.
export {
  type Certificate,
  DIGEST_DAYS,
  type Lapse,
  type NextSubmission,
  SUBMISSION_LABEL,
  type SubmissionKind,
  type YearlyCycle,
  nextSubmission,
  yearlyCycle,
} from './yearly-cycle/cycle.ts';
export { type ClipEvidence, type ClippedItem, EARLIEST_RECORD_DATE, implausibleRecordDate, itemKey } from './clips.ts';
export { type ClipTarget, type ClipTargetCells, type ClipTargetProblem, type ParsedClipTarget, formatClipTarget, parseClipTarget } from './clip-target.ts';

// Preparing the team: the questions staff are likely to be asked, by role, and what a good answer shows.
export { type Provenance, SEED_GUIDE, isProposedWording } from './audit-prep/provenance.ts';
export {
  INTERVIEWED_ROLES,
  INTERVIEW_QUESTIONS,
  type InterviewQuestion,
  STAFF_ROLES,
  STAFF_ROLE_LABEL,
  type StaffRole,
  interviewQuestion,
  questionsFor,
} from './audit-prep/interview-questions.ts';
// Walking the site: what a reviewer looks at for each observation requirement, plus the team's own controls.
export { OBSERVATION_ITEMS, type ObservationItem, type SiteWalkItem, buildSiteWalk, controlsOf } from './audit-prep/observation-items.ts';
// Interview and observation requirements predicted from practice and a site walk, apart from the documents.
export {
  type InterviewPrediction,
  type ObservationPrediction,
  type PracticeLogRow,
  READY_SHARE,
  type SiteWalkFinding,
  type UnknownEntry,
  predictInterviews,
  predictObservations,
} from './audit-prep/practice-scoring.ts';
// The add-on's practice log and site-walk sheets read for those scores, and a site walk's findings as actions.
export {
  type PracticeCells,
  type SheetReading,
  type SiteWalkCells,
  type SiteWalkReading,
  type SkippedPracticeRow,
  WALK_FOLLOW_UP_DAYS,
  practisedIds,
  questionChoice,
  readPracticeLog,
  readSiteWalk,
  readYesNo,
} from './audit-prep/practice-sheets.ts';
// The team briefing: what the audit covers, who is interviewed, one level's questions and the guide's advice.
export {
  ANSWERING_ADVICE,
  type Briefing,
  type BriefingAdvice,
  type BriefingElement,
  type BriefingQuestion,
  briefingHtml,
  briefingText,
  buildBriefing,
} from './audit-prep/briefing.ts';
// After the audit: the certifying partner's findings read and matched to requirements, with proposed due dates.
export { type FindingKind, type ParsedFinding, hasFindingsHeader, parseFindingsGrid, parseFindingsText } from './audit-findings/parse.ts';
export { pastedReport } from './audit-findings/paste.ts';
export {
  type AuditFinding,
  FINDING_DUE_DAYS,
  type FindingDue,
  type FindingMatchedBy,
  type MatchFindingsOptions,
  RECOMMENDATION_DUE_DAYS,
  matchFindings,
  readAuditFindings,
} from './audit-findings/match.ts';
// The coordinator's weekly digest: what falls due in the next 30 days and the overdue actions, as a mail.
export { composeDigest, type Digest, type DigestInput, type TicketDue, ticketsDue } from './weekly-digest/digest.ts';
// The reviewer's audit pack: per element and requirement the evidence, its date, where it is kept and a link; the prediction and the open actions.
export {
  type AuditPack,
  type EvidencePlace,
  type LinkMaker,
  type PackAction,
  type PackElement,
  type PackEvidence,
  type PackInput,
  type PackRequirement,
  buildAuditPack,
} from './audit-pack/pack.ts';
export { FINDING_WORD, auditPackHtml, percentText } from './audit-pack/pack-html.ts';
