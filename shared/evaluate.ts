import type { Grid } from './cells.ts';
import { type ClipEvidence, type ClippedItem, applyClips } from './clips.ts';
import type { Day, SlashOrder } from './dates.ts';
import { type JudgedItem, judgeItems } from './gaps.ts';
import { type DateOrders, type RowWindow, decideDateOrders, readItems } from './items.ts';
import { type Layout, type LayoutOverrides, type LayoutProblem, detectLayout } from './layout/detect.ts';
import { type Prediction, predictAudit } from './prediction.ts';
import { DEFAULT_PROFILE, type Profile, enabledRequirements } from './profile.ts';
import { type Readiness, scoreReadiness } from './readiness.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import { ELEMENT_BY_ID } from './reference/elements.ts';
import { RequirementMatcher } from './requirement-match.ts';
import type { SheetEvidence } from './sheet-evidence.ts';
import { applySheetPointers } from './sheet-pointer.ts';

export interface EvaluateOptions {
  readonly today: Day;
  /** How slashed dates are read when a column's values do not tell (from the sheet's locale). */
  readonly slashOrder?: SlashOrder;
  /** Where the tracker's date cells are midnight: the spreadsheet's zone (see dayFromDate). */
  readonly timeZone?: string;
  readonly profile?: Profile;
  readonly overrides?: LayoutOverrides;
  /** A layout already known (the add-on's saved mapping): detection is skipped. */
  readonly layout?: Layout;
  /** Clips saved to the Evidence sheet, counted toward their items. */
  readonly clips?: readonly ClipEvidence[];
  /** What the workbook's other confirmed sheets show, counted in the prediction beside the rows. */
  readonly sheetEvidence?: readonly SheetEvidence[];
  /** The tracker's sheet name, for the prediction's sources. */
  readonly sheetName?: string | null;
}

export interface TrackerEvaluation {
  readonly layout: Layout;
  readonly dateOrders: DateOrders;
  /** The tracker's items, top to bottom, each with its verdict. */
  readonly items: readonly JudgedItem<ClippedItem>[];
  /** The tracker's own rows scored: the secondary figure. */
  readonly readiness: Readiness;
  /** The audit predicted over the team's profile: the headline. */
  readonly prediction: Prediction;
  /** Reference requirements of the scored elements that no item matches, by id. */
  readonly missing: readonly string[];
}

export type EvaluationResult = { readonly ok: true; readonly evaluation: TrackerEvaluation } | { readonly ok: false; readonly error: LayoutProblem };

// One matcher serves every evaluation (and the sheet kinds' reading of a checklist's rows): its index and cache depend only on the checklist.
let sharedMatcher: RequirementMatcher | null = null;
export function matcher(): RequirementMatcher {
  return (sharedMatcher ??= new RequirementMatcher(REFERENCE_CHECKLIST));
}

/**
 * The whole verdict on a tracker: finds its layout, reads its items, judges each one, scores the
 * rows and predicts the audit. Never throws on odd input: a sheet it cannot read gives an error naming why.
 */
export function evaluateTracker(grid: Grid, options: EvaluateOptions): EvaluationResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  let layout = options.layout;
  if (layout === undefined) {
    const detected = detectLayout(grid, options.overrides);
    if (!detected.ok) return detected;
    layout = detected.layout;
  }
  const dateOrders = decideDateOrders(grid, layout, options.slashOrder ?? 'month-first');
  const clips = options.clips ?? [];
  const read = applyClips(readItems(grid, layout, matcher(), dateOrders, undefined, options.timeZone), clips);
  const items = judgeItems(applySheetPointers(read, options.sheetEvidence ?? [], options.today), options.today, profile);
  const readiness = scoreReadiness(items, layout.points !== null);
  const prediction = predictAudit({
    items,
    clips,
    readiness,
    profile,
    today: options.today,
    sheetEvidence: options.sheetEvidence,
    checklistSheet: options.sheetName,
  });

  const matched = new Set(items.map((item) => item.requirement?.id));
  const missing = enabledRequirements(profile)
    .filter((r) => ELEMENT_BY_ID.get(r.element)?.scored && !matched.has(r.id))
    .map((r) => r.id);
  return { ok: true, evaluation: { layout, dateOrders, items, readiness, prediction, missing } };
}

export interface RowsOptions {
  readonly today: Day;
  readonly profile?: Profile;
  /** The layout and date orders found by the last whole-tracker evaluation. */
  readonly layout: Layout;
  readonly dateOrders: DateOrders;
  readonly timeZone?: string;
  readonly span: RowWindow;
  readonly clips?: readonly ClipEvidence[];
  /** What the workbook's other sheets showed at the last scan: rows pointing to one are dated by it, as in a whole evaluation. */
  readonly sheetEvidence?: readonly Pick<SheetEvidence, 'sheet' | 'requirement' | 'latest'>[];
}

/**
 * Judges some rows of a tracker whose layout is already known, as an edit needs: the same reading
 * and rules as a whole evaluation, for just those rows. `grid` needs only the window's rows.
 */
export function evaluateRows(grid: Grid, options: RowsOptions): JudgedItem<ClippedItem>[] {
  const items = applyClips(readItems(grid, options.layout, matcher(), options.dateOrders, options.span, options.timeZone), options.clips ?? [], false);
  return judgeItems(applySheetPointers(items, options.sheetEvidence ?? [], options.today), options.today, options.profile ?? DEFAULT_PROFILE);
}
