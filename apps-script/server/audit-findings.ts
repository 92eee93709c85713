import { type ActionLine, type AuditFinding, dayFromIso, pastedReport, readAuditFindings, REFERENCE_CHECKLIST } from '../../shared/index.ts';
import { findingKey, writeActionPlan } from './action-plan.ts';
import { type Scan, scanTracker } from './scan.ts';
import { siteWalkActions } from './site-walk.ts';
import { UserFacingRefusal } from './tracker.ts';
import type { FindingsPreview, FindingView, RequirementView, SheetWritten } from './views.ts';

const REQUIREMENTS: readonly RequirementView[] = REFERENCE_CHECKLIST.map((r) => ({ id: r.id, element: r.element, text: r.text }));
const BY_ID = new Map(REQUIREMENTS.map((r) => [r.id, r]));

/** The report read and matched, or a refusal saying what to paste: nothing is written either way. */
function findingsOf(report: unknown, year: unknown, scan: Scan): AuditFinding[] {
  if (typeof report !== 'string' || report.trim() === '')
    throw new UserFacingRefusal("Paste the findings from the certifying partner's report first: the text, or rows copied from its table.");
  if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > 2100)
    throw new UserFacingRefusal("Give the audit's year (such as 2026): it labels each finding's line.");
  const findings = readAuditFindings(pastedReport(report), { year: year as number, today: scan.today, order: scan.tracker.config.slashOrder });
  if (findings.length === 0)
    throw new UserFacingRefusal(
      'Nothing in what was pasted reads as a finding: paste the report\'s findings, one a line or a paragraph, or rows of its table with a "Finding" header. Nothing was written.',
    );
  return findings;
}

/** The tracker's owner of a requirement's first row, so a finding goes to who keeps that record. */
function ownerOf(scan: Scan, requirement: string | null): string {
  if (requirement === null) return '';
  return scan.evaluation.items.find((item) => item.requirement?.id === requirement && item.owner !== '')?.owner ?? '';
}

/** A pasted report read for the coordinator to check: each finding with its requirement, proposed owner and due date. Writes nothing. */
export function previewFindings(report: unknown, year: unknown): FindingsPreview {
  const scan = scanTracker();
  const findings = findingsOf(report, year, scan);
  return {
    year: year as number,
    findings: findings.map((f, index): FindingView => {
      const first = [f.requirement, ...f.candidates.map((c) => c.id)].filter((id): id is string => id !== null && BY_ID.has(id));
      return {
        index,
        number: f.number,
        kind: f.kind,
        text: f.text,
        requirement: f.requirement,
        matchedBy: f.matchedBy,
        choices: [...first.map((id) => BY_ID.get(id)!), ...REQUIREMENTS.filter((r) => !first.includes(r.id))],
        owner: ownerOf(scan, f.requirement),
        due: f.due.date,
        dueRule: f.due.rule,
        source: f.source,
      };
    }),
  };
}

/**
 * Adds the report's findings to the Action Plan, each under the requirement the coordinator chose
 * (by the finding's index; null leaves it filed under none), beside the tracker's gaps and the
 * site walk's. A finding added before is found again by its source and words: never added twice.
 */
export function addFindings(report: unknown, year: unknown, chosen: unknown): SheetWritten {
  const scan = scanTracker();
  const findings = findingsOf(report, year, scan);
  const choices = chosen !== null && typeof chosen === 'object' ? (chosen as Record<string, unknown>) : {};
  const lines = findings.map((f, index): ActionLine => {
    const pick = Object.keys(choices).includes(String(index)) ? choices[String(index)] : f.requirement;
    if (pick !== null && (typeof pick !== 'string' || !BY_ID.has(pick)))
      throw new UserFacingRefusal(`Finding ${f.number}: "${String(pick)}" is not a requirement of the checklist. Nothing was written.`);
    const requirement = pick as string | null;
    return {
      key: findingKey(f.source, f.text),
      requirement,
      element: requirement === null ? f.element : BY_ID.get(requirement)!.element,
      trackerRow: null,
      item: f.text,
      gap: f.kind === 'finding' ? 'Audit finding' : 'Audit recommendation',
      suggested: f.recommendation ?? 'Put right what the finding names, then file the record that shows it in the tracker.',
      owner: ownerOf(scan, requirement),
      due: dayFromIso(f.due.date)!,
      source: f.source,
    };
  });
  return writeActionPlan(scan, [...siteWalkActions(scan.tracker.spreadsheet, scan.tracker.config.slashOrder, scan.today), ...lines]);
}
