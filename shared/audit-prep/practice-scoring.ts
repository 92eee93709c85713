import type { Day } from '../dates.ts';
import { percentOf } from '../readiness.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import { interviewQuestion } from './interview-questions.ts';
import type { SiteWalkItem } from './observation-items.ts';
import type { Provenance } from './provenance.ts';

/**
 * The CP tools score an interview question by the share of positive answers (S15: "score based on
 * percentage of positive responses") and an observation by the share of sampled controls found in
 * place (S14). At what share a requirement is ready is this project's call, stated here once.
 */
export const READY_SHARE: { readonly percent: number } & Provenance = {
  percent: 80,
  status: 'proposal',
  note: 'No CP publishes a pass share per question; 80 % mirrors the overall SECOR pass mark (S7, S12) so a team practises to the standard it is audited to.',
};

/** One row of the team's practice log. */
export interface PracticeLogRow {
  /** Who practised, as the log names them; case and spacing are not told apart. */
  readonly worker: string;
  /** When; null when the log gives no readable date (then the row's place in the log orders it). */
  readonly date: Day | null;
  /** Requirement ids (E1-03) or question ids (E1-03.w) practised. */
  readonly practised: readonly string[];
  /** Whether the answers showed what a good answer shows. */
  readonly answeredWell: boolean;
}

/** An interview requirement predicted from practice, shown apart from the documentary prediction. */
export interface InterviewPrediction {
  /** The interview requirement's id. */
  readonly requirement: string;
  /** People who practised it. */
  readonly workers: number;
  /** Of those, how many answered well the last time they practised it. */
  readonly answeredWell: number;
  /** answeredWell / workers, one decimal; null when nobody practised it. */
  readonly percent: number | null;
  /** Ready at READY_SHARE or above; not practised while no row names it. */
  readonly finding: 'ready' | 'gap' | 'not practised';
}

/** What a site walk found for one of its items. */
export interface SiteWalkFinding {
  /** The site-walk item's id (E3-04.1, HA.2). */
  readonly item: string;
  /** Found in place; null when it was not sampled or does not apply on this site. */
  readonly inPlace: boolean | null;
}

/** An observation requirement predicted from a site walk, shown apart from the documentary prediction. */
export interface ObservationPrediction {
  /** The observation requirement's id. */
  readonly requirement: string;
  /** Items of it the walk looked at. */
  readonly sampled: number;
  /** Of those, how many were found in place. */
  readonly inPlace: number;
  /** inPlace / sampled, one decimal; null when nothing of it was sampled. */
  readonly percent: number | null;
  /** Ready at READY_SHARE or above; not walked while nothing of it was sampled. */
  readonly finding: 'ready' | 'gap' | 'not walked';
}

/** A practice-log or site-walk entry naming no question, requirement or item known here: reported, never guessed. */
export interface UnknownEntry {
  /** The entry's place in the list given, from 0. */
  readonly index: number;
  /** The id as written. */
  readonly id: string;
}

const INTERVIEW_REQUIREMENTS = REFERENCE_CHECKLIST.filter((r) => r.method.includes('I')).map((r) => r.id);
const OBSERVATION_REQUIREMENTS = REFERENCE_CHECKLIST.filter((r) => r.method.includes('O')).map((r) => r.id);

function findingOf<None extends 'not practised' | 'not walked'>(percent: number | null, none: None): 'ready' | 'gap' | None {
  if (percent === null) return none;
  return percent >= READY_SHARE.percent ? 'ready' : 'gap';
}

/** The requirement an id in a practice log names: itself, or a question's; null when it names neither. */
function practisedRequirement(id: string): string | null {
  const [requirement = '', role] = id.trim().split('.');
  const upper = requirement.toUpperCase();
  if (role === undefined) return INTERVIEW_REQUIREMENTS.includes(upper) ? upper : null;
  return interviewQuestion(`${upper}.${role.toLowerCase()}`)?.requirement ?? null;
}

/**
 * Each interview requirement (all I and D+I by default) from the practice log, as the CP tools
 * score interviews: the share of people who answered well. A person counts once per requirement,
 * by their latest practice of it (the latest date; undated rows and ties by their place in the
 * log), since practice is meant to change the answer.
 */
export function predictInterviews(
  log: readonly PracticeLogRow[],
  { requirements = INTERVIEW_REQUIREMENTS }: { requirements?: readonly string[] } = {},
): { predictions: InterviewPrediction[]; unknown: UnknownEntry[] } {
  const latest = new Map<string, Map<string, { date: Day | null; well: boolean }>>();
  const unknown: UnknownEntry[] = [];
  log.forEach((row, index) => {
    const who = row.worker.trim().toLowerCase().replace(/\s+/g, ' ');
    for (const id of row.practised) {
      const requirement = practisedRequirement(id);
      if (requirement === null) {
        unknown.push({ index, id });
        continue;
      }
      const byWorker = latest.get(requirement) ?? new Map<string, { date: Day | null; well: boolean }>();
      latest.set(requirement, byWorker);
      const before = byWorker.get(who);
      const later = before === undefined || row.date === null || before.date === null || row.date >= before.date;
      if (later) byWorker.set(who, { date: row.date, well: row.answeredWell });
    }
  });
  const predictions = requirements.map((requirement) => {
    const answers = [...(latest.get(requirement)?.values() ?? [])];
    const answeredWell = answers.filter((a) => a.well).length;
    const percent = percentOf(answeredWell, answers.length);
    return { requirement, workers: answers.length, answeredWell, percent, finding: findingOf(percent, 'not practised') };
  });
  return { predictions, unknown };
}

/**
 * Each observation requirement (all O and D+O by default) from a site walk, as the CP tools score
 * observations: the share of sampled items found in place. Findings on items of other
 * requirements (the posted ERP under E6-01, scored from its document) are for the action plan, not
 * this score.
 */
export function predictObservations(
  walk: readonly SiteWalkItem[],
  findings: readonly SiteWalkFinding[],
  { requirements = OBSERVATION_REQUIREMENTS }: { requirements?: readonly string[] } = {},
): { predictions: ObservationPrediction[]; unknown: UnknownEntry[] } {
  const requirementOf = new Map(walk.map((i) => [i.id, i.requirement]));
  // The last finding on an item stands: a walk may revisit it after a fix.
  const found = new Map<string, boolean | null>();
  const unknown: UnknownEntry[] = [];
  findings.forEach((f, index) => {
    if (requirementOf.has(f.item)) found.set(f.item, f.inPlace);
    else unknown.push({ index, id: f.item });
  });
  const predictions = requirements.map((requirement) => {
    const sampled = [...found].filter(([item, inPlace]) => inPlace !== null && requirementOf.get(item) === requirement);
    const inPlace = sampled.filter(([, yes]) => yes).length;
    const percent = percentOf(inPlace, sampled.length);
    return { requirement, sampled: sampled.length, inPlace, percent, finding: findingOf(percent, 'not walked') };
  });
  return { predictions, unknown };
}
