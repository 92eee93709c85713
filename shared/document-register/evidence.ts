import { type Day, isoFromDay } from '../dates.ts';
import type { GapKind } from '../gaps.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';
import type { RegisterDocument, RegisterJudgement } from './judge.ts';
import { plural } from '../words.ts';

/** The requirement a register as a whole evidences: directive documents controlled. */
const DOCUMENT_CONTROL = 'E8-05';

// Gaps that say a document's review is not current, as E8-05 asks.
const REVIEW_GAPS: ReadonlySet<GapKind> = new Set(['undated', 'stale', 'expired', 'overdue']);

/** A document as a summary names it: its number, else its title. */
function label(doc: RegisterDocument): string {
  return doc.docNumber || doc.title;
}

const day = (d: Day | null) => (d === null ? 'no date' : isoFromDay(d));

/** A document's first gap in a few words: "review overdue" and the day that says so ('' when none does). */
function problem(doc: RegisterDocument): { what: string; when: string } {
  switch (doc.gaps[0]) {
    case 'overdue':
      return { what: 'review overdue', when: `due ${day(doc.nextReview)}` };
    case 'expired':
      return { what: 'expired', when: day(doc.nextReview) };
    case 'stale':
      return { what: 'stale', when: `reviewed ${day(doc.revised)}` };
    case 'undated':
      return { what: 'without a date', when: '' };
    // The rest is missing evidence: a register has no status column to say a document is open.
    default:
      return { what: 'not said where kept', when: '' };
  }
}

/** "1 review overdue (HS-003, due 2026-10-01), 1 stale (HS-F04, reviewed 2025-06-01)": the gaps by kind, in order. */
function problems(docs: readonly RegisterDocument[]): string {
  const byWhat = new Map<string, string[]>();
  for (const doc of docs) {
    const { what, when } = problem(doc);
    byWhat.set(what, [...(byWhat.get(what) ?? []), when === '' ? label(doc) : `${label(doc)}, ${when}`]);
  }
  return [...byWhat].map(([what, named]) => `${named.length} ${what} (${named.join('; ')})`).join(', ');
}

function rowsOf(docs: readonly RegisterDocument[], lacks: (doc: RegisterDocument) => boolean): number[] {
  return [...new Set([...docs.filter(lacks), ...docs].map((d) => d.row))];
}

function latestOf(docs: readonly RegisterDocument[]): Day | null {
  let latest: Day | null = null;
  for (const doc of docs) if (doc.revised !== null && (latest === null || doc.revised > latest)) latest = doc.revised;
  return latest;
}

/** "Fall Protection Plan rev 5, reviewed 2026-03-20". */
function oneDocument(doc: RegisterDocument): string {
  // "Rev 3" written in the cell is not said twice.
  const named = `${doc.title}${doc.revision === '' ? '' : /^rev/i.test(doc.revision) ? ` ${doc.revision}` : ` rev ${doc.revision}`}`;
  if (doc.readiness === 'gap') {
    const { what, when } = problem(doc);
    return when === '' ? `${named}: ${what}` : `${named}: ${what} (${when})`;
  }
  return doc.revised === null ? named : `${named}, reviewed ${isoFromDay(doc.revised)}`;
}

/**
 * What a document register shows a reviewer: each requirement its documents match (ready when
 * every one of them is), and E8-05 for the register as a whole: ready when every document listed
 * has a revision and a current review. Retired documents, and those whose requirement the team
 * switched off, count for neither.
 */
export function registerEvidence(sheet: string, judgement: RegisterJudgement): SheetEvidence[] {
  const judged = judgement.documents.filter((d) => d.readiness !== 'n/a');
  if (judged.length === 0) return [];
  const of = (
    requirement: string,
    docs: readonly RegisterDocument[],
    finding: 'ready' | 'gap',
    summary: string,
    lacks: (doc: RegisterDocument) => boolean,
  ): SheetEvidence => ({
    requirement,
    sheet,
    kind: 'document-register',
    finding,
    summary,
    rows: rowsOf(docs, lacks),
    latest: latestOf(docs),
  });
  const evidence: SheetEvidence[] = [];
  const byRequirement = new Map<string, RegisterDocument[]>();
  // A document matched to E8-05 (a document control procedure) counts within the register's own.
  for (const doc of judged)
    if (doc.requirement !== null && doc.requirement !== DOCUMENT_CONTROL)
      byRequirement.set(doc.requirement, [...(byRequirement.get(doc.requirement) ?? []), doc]);
  const gap = (doc: RegisterDocument) => doc.readiness === 'gap';
  for (const [requirement, docs] of byRequirement) {
    const short = docs.filter(gap);
    const summary =
      docs.length === 1
        ? oneDocument(docs[0]!)
        : short.length === 0
          ? `${docs.length} documents, all reviewed on time (${docs.map(label).join(', ')})`
          : `${docs.length} documents, ${problems(short)}`;
    evidence.push(of(requirement, docs, short.length === 0 ? 'ready' : 'gap', summary, gap));
  }

  const unrevised = judged.filter((d) => d.revision === '');
  const uncurrent = judged.filter((d) => d.revised === null || d.gaps.some((g) => REVIEW_GAPS.has(g)));
  const uncontrolled = (doc: RegisterDocument) => doc.revision === '' || uncurrent.includes(doc);
  const faults = [
    unrevised.length === 0 ? '' : `${unrevised.length} without a revision (${unrevised.map(label).join(', ')})`,
    uncurrent.length === 0 ? '' : `${plural(uncurrent.length, 'review')} not current (${uncurrent.map(label).join(', ')})`,
  ].filter(Boolean);
  const controlled =
    faults.length === 0
      ? `${plural(judged.length, 'document')}, each with its revision and a current review`
      : `${plural(judged.length, 'document')}: ${faults.join('; ')}`;
  evidence.push(of(DOCUMENT_CONTROL, judged, faults.length === 0 ? 'ready' : 'gap', controlled, uncontrolled));
  return evidence;
}
