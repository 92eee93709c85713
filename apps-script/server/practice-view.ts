import { predictInterviews, predictObservations, READY_SHARE, REFERENCE_CHECKLIST } from '../../shared/index.ts';
import { PRACTICE_LOG, readPracticeSheet } from './practice-log.ts';
import { findOwnedSheet } from './owned-sheet.ts';
import type { Scan } from './scan.ts';
import { readSiteWalkSheet, SITE_WALK } from './site-walk.ts';
import type { PracticeView, PractisedRequirementView } from './views.ts';

const TEXT = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r.text]));

/**
 * The interview and observation requirements as the team's practice log and site walk show them
 * (two reads, none without the sheets), apart from the documentary prediction. Requirements the
 * team switched off in the settings are left out, as they are of the prediction.
 */
export function practiceView(scan: Scan): PracticeView {
  const { spreadsheet, config } = scan.tracker;
  const practised = readPracticeSheet(spreadsheet, config.slashOrder);
  const walked = readSiteWalkSheet(spreadsheet, config.slashOrder, scan.today);
  const applies = (id: string) => !scan.profile.disabled.includes(id);
  // An interview's people who answered well and a walk's items found in place read alike: asked, good.
  const views = (predictions: readonly (Omit<PractisedRequirementView, 'id' | 'text'> & { readonly requirement: string })[]): PractisedRequirementView[] =>
    predictions
      .filter((p) => applies(p.requirement))
      .map(({ requirement, asked, good, percent, finding }) => ({ id: requirement, text: TEXT.get(requirement) ?? '', asked, good, percent, finding }));
  const interviews = predictInterviews(practised?.rows ?? []);
  const observations = predictObservations(walked?.walk ?? [], walked?.findings ?? []);
  const sheetOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet | null) => (sheet ? { name: sheet.getName(), sheetId: sheet.getSheetId() } : null);
  const practiceSheet = practised ? sheetOf(findOwnedSheet(spreadsheet, PRACTICE_LOG, false)) : null;
  const walkSheet = walked ? sheetOf(findOwnedSheet(spreadsheet, SITE_WALK, false)) : null;
  return {
    readyPercent: READY_SHARE.percent,
    practiceSheet,
    walkSheet,
    interviews: views(interviews.predictions.map((p) => ({ ...p, asked: p.workers, good: p.answeredWell }))),
    observations: views(observations.predictions.map((p) => ({ ...p, asked: p.sampled, good: p.inPlace }))),
    notInPlace: walked?.actions.length ?? 0,
    skipped: [
      ...(practised?.skipped ?? []).map((s) => ({ sheet: practiceSheet?.name ?? PRACTICE_LOG.name, ...s })),
      ...(walked?.skipped ?? []).map((s) => ({ sheet: walkSheet?.name ?? SITE_WALK.name, ...s })),
    ],
    unknown: [...interviews.unknown, ...observations.unknown].map((u) => u.id),
  };
}
