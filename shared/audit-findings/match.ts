import type { Grid } from '../cells.ts';
import { type Day, type SlashOrder, isoFromDay } from '../dates.ts';
import { matcher } from '../evaluate.ts';
import { ELEMENT_BY_ID } from '../reference/elements.ts';
import type { ElementId, ReferenceRequirement } from '../reference/types.ts';
import type { MatchCandidate, RequirementMatcher } from '../requirement-match.ts';
import { type FindingKind, type ParsedFinding, parseFindingsGrid, parseFindingsText } from './parse.ts';

/**
 * Days to a finding's proposed due date when the report states none. A finding on a scored element
 * is a "no" that costs points at the next submission, so it gets the action plan's usual month; a
 * recommendation (advice, not scored), or a finding on E0 (checked, never scored), gets two.
 */
export const FINDING_DUE_DAYS = 30;
export const RECOMMENDATION_DUE_DAYS = 60;

/** How a finding came to its requirement: the reference it names, its words, or neither. */
export type FindingMatchedBy = 'reference' | 'wording' | 'none';

/** A finding's due date: the one the report states, or one proposed by the rule above for the coordinator to confirm. */
export interface FindingDue {
  /** The day, YYYY-MM-DD. */
  readonly date: string;
  /** True when the report stated no date and this is the rule's proposal. */
  readonly proposed: boolean;
  /** Why this date, in words ("stated in the report", "proposed: 30 days for a finding on a scored element"). */
  readonly rule: string;
}

/** One finding of the audit report, matched to its requirement, ready to become an Action Plan line. */
export interface AuditFinding {
  /** Its number as the report writes it, else its place in the report. */
  readonly number: string;
  /** A finding or a recommendation. */
  readonly kind: FindingKind;
  /** The finding's words as the report gives them. */
  readonly text: string;
  /** The CP's recommended action beside it, when the report gives one apart. */
  readonly recommendation: string | null;
  /** The element/question reference as written, or null. */
  readonly reference: string | null;
  /** The matched requirement's id ("E4-03"), or null when neither reference nor words settle it. */
  readonly requirement: string | null;
  /** The element it is on: the requirement's, else the one the report names, else null. */
  readonly element: ElementId | null;
  /** How the requirement was found. */
  readonly matchedBy: FindingMatchedBy;
  /** How sure the match is, 0..1 (1 for a named reference); the best wording score when unmatched. */
  readonly score: number;
  /** Requirements it might mean, for the coordinator to pick, when the wording match is unsure; empty when matched. */
  readonly candidates: readonly MatchCandidate[];
  /** Who will do it: always null, as the coordinator picks the owner. */
  readonly owner: null;
  /** Its due date, stated or proposed. */
  readonly due: FindingDue;
  /** Where it comes from, for the Action Plan's line: "2026 audit, finding 3". */
  readonly source: string;
}

/** What matching needs besides the findings. */
export interface MatchFindingsOptions {
  /** The audit's year, for the source label. */
  readonly year: number;
  /** The day the findings are taken in: proposed due dates count from it. */
  readonly today: Day;
  /** The matcher to use; the engine's shared one when left out. */
  readonly matcher?: RequirementMatcher;
}

/**
 * Each finding matched: a reference naming an element and question that exists ("E4-03",
 * "Element 4, Q4.3") is taken as written; otherwise the finding's words are matched, within the
 * element it names when it names one. A proposed owner is never made up, and a due date not stated
 * is proposed and marked so.
 */
export function matchFindings(findings: readonly ParsedFinding[], options: MatchFindingsOptions): AuditFinding[] {
  const shared = options.matcher ?? matcher();
  return findings.map((finding) => {
    const named = finding.element !== null && finding.question !== null ? shared.byReferenceId(`${finding.element}-${finding.question}`) : null;
    let requirement: ReferenceRequirement | null = named;
    let score = 1;
    let candidates: readonly MatchCandidate[] = [];
    if (named === null) {
      const judged = shared.judge(inChecklistWords(finding.text), finding.element);
      requirement = judged.match?.requirement ?? null;
      score = judged.score;
      if (requirement === null) candidates = judged.candidates;
    }
    const matchedBy: FindingMatchedBy = named !== null ? 'reference' : requirement !== null ? 'wording' : 'none';
    const element = requirement?.element ?? finding.element;
    return {
      number: finding.number,
      kind: finding.kind,
      text: finding.text,
      recommendation: finding.recommendation,
      reference: finding.reference,
      requirement: requirement?.id ?? null,
      element,
      matchedBy,
      score,
      candidates,
      owner: null,
      due: dueOf(finding, element, options.today),
      source: `${options.year} audit, ${finding.kind} ${finding.number}`,
    };
  });
}

// How a report says a record is out of date, in the checklist's word for it ("ERP kept current").
const NOT_CURRENT = /\b(?:(?:has|have|had|was|were)\s+)?(?:not|never)\s+(?:been\s+)?(?:updated|revised|kept up to date)\b|\bout of date\b|\boutdated\b/gi;

/** A finding's words as the matcher knows them: the report's idioms said as the checklist says them. */
function inChecklistWords(text: string): string {
  return text.replace(NOT_CURRENT, 'not current');
}

function dueOf(finding: ParsedFinding, element: ElementId | null, today: Day): FindingDue {
  if (finding.due !== null) return { date: isoFromDay(finding.due), proposed: false, rule: 'stated in the report' };
  // A finding whose element is unknown is taken as scored: a late proposal is worse than an early one.
  const scored = finding.kind === 'finding' && (element === null || ELEMENT_BY_ID.get(element)!.scored);
  if (scored)
    return { date: isoFromDay(today + FINDING_DUE_DAYS), proposed: true, rule: `proposed: ${FINDING_DUE_DAYS} days for a finding on a scored element` };
  const why = finding.kind === 'recommendation' ? 'a recommendation' : 'a finding on an unscored element';
  return { date: isoFromDay(today + RECOMMENDATION_DUE_DAYS), proposed: true, rule: `proposed: ${RECOMMENDATION_DUE_DAYS} days for ${why}` };
}

/**
 * An audit report's findings, pasted as text or given as a grid (a CSV or XLSX of findings), read
 * and matched to their requirements. Never throws: a report with no findings gives none.
 */
export function readAuditFindings(report: string | Grid, options: MatchFindingsOptions & { readonly order: SlashOrder }): AuditFinding[] {
  const parsed = typeof report === 'string' ? parseFindingsText(report, options.order) : parseFindingsGrid(report, options.order);
  return matchFindings(parsed, options);
}
