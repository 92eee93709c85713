import { PASS_ELEMENT_PERCENT, PASS_OVERALL_PERCENT, type RequirementEvidence } from '../prediction.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import { ELEMENTS } from '../reference/elements.ts';
import { type AuditMethod, type ElementId, isProposal } from '../reference/types.ts';
import { type StaffRole, STAFF_ROLE_LABEL, questionsFor } from './interview-questions.ts';
import { type Provenance, SEED_GUIDE, isProposedWording } from './provenance.ts';
import { READY_SHARE } from './practice-scoring.ts';
import { escapeHtml } from '../html.ts';

/** One scored element, and how the audit checks it. */
export interface BriefingElement {
  /** E1 to E9. */
  readonly id: ElementId;
  /** As ELEMENTS names it. */
  readonly name: string;
  /** The methods its requirements use, in D, I, O order. */
  readonly methods: readonly AuditMethod[];
}

/** A question of the briefing, with what the reader needs to answer it well. */
export interface BriefingQuestion {
  /** The question's id (E1-03.w), as a practice log names it. */
  readonly id: string;
  /** The requirement it counts toward. */
  readonly requirement: string;
  /** That requirement, as the checklist words it. */
  readonly requirementText: string;
  /** The level it is written for: an owner with no supervisor also gets the supervisor's. */
  readonly writtenFor: StaffRole;
  /** In plain words, as an interviewer would put it. */
  readonly question: string;
  /** What the reviewer listens for. */
  readonly goodAnswer: string;
  /** The record that backs the answer: a requirement id or a document's name. */
  readonly backedBy: string;
  /** The backing requirement's words, or null when backedBy names a document. */
  readonly backedByText: string | null;
  /** How the tracker shows the backing requirement (missing when it has nothing on it); null without a tracker, or when backedBy names a document. */
  readonly backedByFinding: RequirementEvidence['finding'] | null;
  /** The requirement rests only on a consultant or a proposal: not every CP's tool asks it. */
  readonly requirementIsProposal: boolean;
  /** The question's source, or proposal. */
  readonly provenance: Provenance;
}

/** One piece of the guide's advice on answering. */
export interface BriefingAdvice {
  /** In a few words: "Be honest." */
  readonly title: string;
  /** The advice, quoting or paraphrasing the guide. */
  readonly text: string;
  /** Always the seed guide: the advice is its own. */
  readonly source: typeof SEED_GUIDE;
}

/** What one person should know before the audit: what it covers, who is asked, their questions, how to answer. */
export interface Briefing {
  /** The reader's level. */
  readonly role: StaffRole;
  /** False when the company has no supervisor (the owner then answers the supervisor's questions). */
  readonly hasSupervisor: boolean;
  /** Why the briefing exists, from the guide. */
  readonly purpose: string;
  /** The pass rule and the scored elements. */
  readonly covers: { readonly passRule: string; readonly elements: readonly BriefingElement[] };
  /** Who will be interviewed and how answers are scored. */
  readonly interviewed: string;
  /** The reader's questions, in checklist order. */
  readonly questions: readonly BriefingQuestion[];
  /** How to answer. */
  readonly advice: readonly BriefingAdvice[];
}

/** The guide's advice on answering, quoted or paraphrased from its "What not to say during an audit?" and team preparation. */
export const ANSWERING_ADVICE: readonly BriefingAdvice[] = [
  {
    title: 'Be honest.',
    source: SEED_GUIDE,
    text: 'Say what is really done here. Avoid incomplete or misleading answers: transparency builds trust and shows professionalism.',
  },
  { title: 'Do not guess.', source: SEED_GUIDE, text: 'If you are unsure, say so. It is better to say you will find the information and follow up later.' },
  {
    title: 'Follow up.',
    source: SEED_GUIDE,
    text: 'When you said you would find something out, do it, and bring the record that shows it: auditors may ask to see specific documents.',
  },
  {
    title: 'No excuses, no blame.',
    source: SEED_GUIDE,
    text: 'Do not make excuses or blame others for safety issues. Auditors want to see that you take responsibility and are committed to continuous improvement.',
  },
  {
    title: 'Stay on the question.',
    source: SEED_GUIDE,
    text: 'Keep your answers focused on what was asked. Avoid unrelated topics and do not get defensive: the goal is to show the safety program works, not to argue about past mistakes.',
  },
];

const PURPOSE =
  "Everyone involved in safety should understand the audit and their part in it. The guide's advice: hold a meeting to explain what the audit will cover and what auditors will be looking for, so people are less anxious and ready to answer questions confidently.";

const METHOD_ORDER: readonly AuditMethod[] = ['D', 'I', 'O'];
const METHOD_WORDS: Readonly<Record<AuditMethod, string>> = { D: 'documents', I: 'interviews', O: 'observation' };
const BY_ID = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));

function interviewedText(hasSupervisor: boolean): string {
  const levels = hasSupervisor
    ? 'the owner, supervisors and workers'
    : "the owner and workers; with no supervisor in the company, the owner also answers the supervisor's questions";
  return `The auditor interviews people at each level the company has: ${levels} (S15). An interview question is scored by the share of positive answers, so every answer counts. This product calls a requirement ready when at least ${READY_SHARE.percent} % of the people practising it answer well (a proposal).`;
}

/**
 * The briefing for one level. With the tracker's evidence (the prediction's), requirements the
 * team marked N/A are left out and each question says how the tracker shows the record behind it.
 */
export function buildBriefing({
  role,
  hasSupervisor = true,
  evidence,
}: {
  role: StaffRole;
  hasSupervisor?: boolean;
  evidence?: readonly RequirementEvidence[];
}): Briefing {
  const findingOf = new Map((evidence ?? []).map((e) => [e.requirement, e.finding]));
  const elements = ELEMENTS.filter((e) => e.scored).map((e) => {
    const used = new Set(REFERENCE_CHECKLIST.filter((r) => r.element === e.id).flatMap((r) => r.method));
    return { id: e.id, name: e.name, methods: METHOD_ORDER.filter((m) => used.has(m)) };
  });
  const questions = questionsFor(role, { hasSupervisor })
    .filter((q) => findingOf.get(q.requirement) !== 'n/a')
    .map(({ id, requirement, role: writtenFor, question, goodAnswer, backedBy, ...provenance }): BriefingQuestion => {
      const reference = BY_ID.get(requirement)!;
      return {
        id,
        requirement,
        requirementText: reference.text,
        writtenFor,
        question,
        goodAnswer,
        backedBy,
        backedByText: BY_ID.get(backedBy)?.text ?? null,
        backedByFinding: evidence === undefined || !BY_ID.has(backedBy) ? null : (findingOf.get(backedBy) ?? 'missing'),
        requirementIsProposal: isProposal(reference),
        provenance,
      };
    });
  return {
    role,
    hasSupervisor,
    purpose: PURPOSE,
    covers: {
      passRule: `To pass: at least ${PASS_OVERALL_PERCENT} % overall and at least ${PASS_ELEMENT_PERCENT} % in every element. Records must cover the last 12 months.`,
      elements,
    },
    interviewed: interviewedText(hasSupervisor),
    questions,
    advice: ANSWERING_ADVICE,
  };
}

const FINDING_WORDS: Readonly<Record<RequirementEvidence['finding'], string>> = { ready: 'ready', gap: 'has a gap', missing: 'no record yet', 'n/a': 'N/A' };

/** What the text and the page say under each question, in the same words. */
function questionNotes(briefing: Briefing, q: BriefingQuestion): { forWhom: string; backedBy: string; source: string } {
  const tracker = q.backedByFinding === null ? '' : ` (in the tracker: ${FINDING_WORDS[q.backedByFinding]})`;
  const source = isProposedWording(q.provenance) ? 'our wording (a proposal)' : `source: ${q.provenance.source}`;
  return {
    forWhom: q.writtenFor === briefing.role ? '' : ` [asked of the ${q.writtenFor}: you answer it]`,
    backedBy: `${q.backedByText === null ? q.backedBy : `${q.backedBy} ${q.backedByText}`}${tracker}`,
    source: `Requirement ${q.requirement}, ${source}${q.requirementIsProposal ? "; not every CP's tool asks this" : ''}`,
  };
}

/** The reader, as a heading names them: "the owner", "a worker". */
function readerOf(briefing: Briefing): string {
  const reader = STAFF_ROLE_LABEL[briefing.role].toLowerCase();
  return reader === 'owner' ? 'the owner' : `a ${reader}`;
}

/** The briefing as plain text, to print or share: headings, numbered questions, the advice last. */
export function briefingText(briefing: Briefing): string {
  const lines: string[] = [];
  lines.push(`SECOR audit: team briefing for ${readerOf(briefing)}`, '', briefing.purpose, '');
  lines.push('What the audit covers', briefing.covers.passRule);
  for (const e of briefing.covers.elements) lines.push(`  ${e.id} ${e.name}: ${e.methods.map((m) => METHOD_WORDS[m]).join(', ')}`);
  lines.push('', 'Who will be interviewed', briefing.interviewed, '');
  lines.push(`Your questions (${briefing.questions.length})`);
  briefing.questions.forEach((q, i) => {
    const notes = questionNotes(briefing, q);
    lines.push(`${i + 1}. ${q.question}${notes.forWhom}`);
    lines.push(`   A good answer shows: ${q.goodAnswer}`);
    lines.push(`   Backed by: ${notes.backedBy}`);
    lines.push(`   ${notes.source}`);
  });
  lines.push('', 'How to answer (from the guide)');
  for (const a of briefing.advice) lines.push(`- ${a.title} ${a.text}`);
  return `${lines.join('\n')}\n`;
}

/** The briefing as one HTML section (escaped, no script or style), the same words as briefingText, for a page to print. */
export function briefingHtml(briefing: Briefing): string {
  const h = escapeHtml;
  const elements = briefing.covers.elements.map((e) => `<li>${h(`${e.id} ${e.name}`)}: ${h(e.methods.map((m) => METHOD_WORDS[m]).join(', '))}</li>`).join('');
  const questions = briefing.questions
    .map((q) => {
      const notes = questionNotes(briefing, q);
      return `<li><p class="question">${h(q.question)}${h(notes.forWhom)}</p><p><b>A good answer shows:</b> ${h(q.goodAnswer)}</p><p><b>Backed by:</b> ${h(notes.backedBy)}</p><p class="source">${h(notes.source)}</p></li>`;
    })
    .join('');
  const advice = briefing.advice.map((a) => `<li><b>${h(a.title)}</b> ${h(a.text)}</li>`).join('');
  return [
    `<section class="briefing" data-role="${h(briefing.role)}">`,
    `<h1>SECOR audit: team briefing for ${h(readerOf(briefing))}</h1>`,
    `<p>${h(briefing.purpose)}</p>`,
    `<h2>What the audit covers</h2><p>${h(briefing.covers.passRule)}</p><ul>${elements}</ul>`,
    `<h2>Who will be interviewed</h2><p>${h(briefing.interviewed)}</p>`,
    `<h2>Your questions (${briefing.questions.length})</h2><ol>${questions}</ol>`,
    `<h2>How to answer (from the guide)</h2><ul>${advice}</ul>`,
    '</section>',
  ].join('\n');
}
