import { stemmer } from 'stemmer';
import { type ElementId, type ReferenceRequirement, isProposal } from './reference/types.ts';

/** A tracker item's best reference requirement, with how sure the match is (0..1). */
export interface RequirementMatch {
  readonly requirement: ReferenceRequirement;
  readonly score: number;
}

/** Below this a wording match is a guess, and the item is reported as unmatched. */
export const MATCH_THRESHOLD = 0.55;

/** A match this close to the runner-up (another requirement) is a coin toss: unmatched, both offered. */
export const MATCH_MARGIN = 0.05;

/** A requirement a row might mean, offered when the row is not matched confidently. */
export interface MatchCandidate {
  readonly id: string;
  readonly score: number;
}

/**
 * A row's wording judged against the checklist: the confident match (or null), the best score, and
 * the best candidates (the match first when there is one), for the coordinator to pick from.
 */
export interface WordingJudgement {
  readonly match: RequirementMatch | null;
  readonly score: number;
  readonly candidates: readonly MatchCandidate[];
}

/** How many candidates a judgement offers, and the least score worth offering. */
const CANDIDATES = 3;
const CANDIDATE_FLOOR = 0.25;

const STOPWORDS = new Set(
  ('a an and are as at be by for from has have in is it its of on or the to was were with each every all any ' +
    'our we their they this that these those there where when which who whom what must should shall will ' +
    'e g eg etc incl including per if not no yes so than then been being do does done kept keep how know can off up out over').split(' '),
);

// Abbreviations teams use, spelled out so they meet the reference wording.
const EXPANSIONS: readonly (readonly [RegExp, string])[] = [
  [/\bh\s*&\s*s\b|\bhse\b/g, ' safety '],
  [/\bohs\b/g, ' ohs safety '],
  [/\btickets?\b|\bcerts?\b|\bcertifications?\b/g, ' certificate '],
  [/\bcircle checks?\b|\btrip inspections?\b|\bwalk-?arounds?\b|\bpre-?trip\b/g, ' pre-use inspection '],
  [/\b(crews?|staff|employees?)\b/g, ' worker '],
  [/\bflhas?\b/g, ' field level hazard assessment '],
  [/\bha\b/g, ' hazard assessment '],
  [/\berps?\b/g, ' emergency response plan '],
  [/\bppe\b/g, ' ppe protective equipment '],
  [/\bhsr\b/g, ' hsr health safety representative '],
  [/\bjhsc\b/g, ' committee hsr '],
  [/\bswps?\b/g, ' safe work practices procedures '],
  [/\bpm\b/g, ' preventive maintenance '],
  [/\bv\s*&\s*h\b/g, ' violence harassment '],
  [/\bsub-?\s?contractors?\b/g, ' contractor '],
  [/\bwork\s?sites?\b/g, ' worksite site '],
  [/\bclos(?:ed|ing|e|ure)\b|\bclose-?outs?\b/g, ' closure '],
  // A near miss is an incident that did no harm: the checklist names it, teams say "incident".
  [/\bnear[- ]miss(?:es)?\b/g, ' near miss incident '],
  // Porter stems "reports" and "reporting" alike; the plural names records, the -ing a process.
  [/\breports\b/g, ' report reportdocument '],
  [/\bcp\b/g, ' certifying partner '],
  [/\bmtgs?\b/g, ' meeting '],
  [/\byrs?\b/g, ' year '],
  [/\bmos?\b|\bmths?\b/g, ' month '],
  [/\bstats\b/g, ' statistics '],
  [/\bsupers?\b|\bsupv\b/g, ' supervisor '],
  [/\br\s*&\s*r\b/g, ' responsibilities '],
  [/\beng\b/g, ' engineering '],
  [/\bevac\b/g, ' evacuation '],
  [/\bsubs\b/g, ' contractor '],
  [/\b(h\s*&\s*s|safety) reps?\b/g, ' hsr '],
  [/\bsjps?\b|\bsops?\b/g, ' safe work procedures '],
  [/\bpsis?\b/g, ' potentially serious incident '],
  [/\bdvirs?\b/g, ' vehicle pre-use inspection '],
  [/\bjhas?\b/g, ' hazard assessment '],
];

// Porter stemming is most of a row's cost and tracker words repeat: stem each distinct word once.
const STEMS = new Map<string, string>();
function stem(raw: string): string {
  let word = STEMS.get(raw);
  if (word === undefined) {
    word = stemmer(raw);
    if (STEMS.size < 50_000) STEMS.set(raw, word);
  }
  return word;
}

export function wordsOf(text: string): string[] {
  let lower = ` ${text.toLowerCase()} `;
  for (const [pattern, replacement] of EXPANSIONS) lower = lower.replace(pattern, replacement);
  const out: string[] = [];
  for (const raw of lower.split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    const word = stem(raw);
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

interface IndexedRequirement {
  readonly requirement: ReferenceRequirement;
  /** Words of the requirement text, and separately of each evidence kind and each team wording. */
  readonly texts: readonly (readonly string[])[];
  /** Every word of those texts. */
  readonly vocabulary: ReadonlySet<string>;
  /** Each text's words as the matcher numbers them, their weights, and each text's sum of them, for the Dice fit. */
  textIds: Uint32Array[];
  /** 1 at the number of each word of the vocabulary. */
  inVocabulary: Uint8Array;
  wordWeights: number[][];
  textWeights: number[];
}

/** How well a requirement fits a row's words, before the prior. */
interface Fit {
  readonly requirement: ReferenceRequirement;
  readonly fit: number;
}

interface TextFit {
  readonly words: readonly string[];
  readonly fits: readonly Fit[];
}

interface Scored {
  readonly requirement: ReferenceRequirement;
  readonly score: number;
}

/**
 * Matches tracker wording to the reference checklist. The score is mostly how much of the row's
 * wording the requirement covers, in its text, its evidence kinds or the words teams use for it
 * (teams write short labels, often naming the document: "Signed safety policy", "Toolbox talks"),
 * and a little how tight the best fit is (Dice). Words rare across the checklist ("drill",
 * "orientation") weigh more than common ones ("records", "workers"). A row is matched only when
 * its best requirement scores well and clearly ahead of the next: a wrong confident match hides a
 * gap, an unmatched row with candidates costs the coordinator one click.
 */
export class RequirementMatcher {
  private readonly indexed: readonly IndexedRequirement[];
  private readonly weight = new Map<string, number>();
  private readonly byId = new Map<string, ReferenceRequirement>();
  // Judgements by element ('' for none), then by text: a 100,000-row tracker repeats a few
  // hundred wordings, and a lookup this way builds no key string per row.
  private readonly judgements = new Map<string, Map<string, WordingJudgement>>();
  private judged = 0;
  // A text's fit to each requirement it shares a word with, whatever the element: a wording
  // recurs under many elements, and its words and fits are the costly part of a judgement.
  private readonly fits = new Map<string, TextFit>();
  private readonly postings = new Map<string, IndexedRequirement[]>();
  // The checklist's words numbered, and a mark per number: a row's words are marked with a new
  // stamp, so whether a reference text's word is among them is an array read, not a set lookup.
  private readonly wordIds = new Map<string, number>();
  private readonly marks: Uint32Array;
  private stamp = 0;

  constructor(requirements: readonly ReferenceRequirement[]) {
    this.indexed = requirements.map((requirement) => {
      const texts = [wordsOf(requirement.text), ...requirement.evidence.map(wordsOf), ...requirement.wordings.map(wordsOf)];
      return { requirement, texts, vocabulary: new Set(texts.flat()), textIds: [] as Uint32Array[], inVocabulary: new Uint8Array(0), wordWeights: [] as number[][], textWeights: [] as number[] };
    });
    const documentFrequency = new Map<string, number>();
    for (const item of this.indexed) {
      for (const word of item.vocabulary) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    for (const [word, df] of documentFrequency) {
      this.weight.set(word, Math.log(1 + requirements.length / df));
      this.wordIds.set(word, this.wordIds.size);
    }
    this.marks = new Uint32Array(this.wordIds.size);
    for (const requirement of requirements) this.byId.set(requirement.id, requirement);
    for (const item of this.indexed) {
      item.textIds = item.texts.map((text) => Uint32Array.from(text, (w) => this.wordIds.get(w)!));
      item.inVocabulary = new Uint8Array(this.wordIds.size);
      for (const word of item.vocabulary) item.inVocabulary[this.wordIds.get(word)!] = 1;
      item.wordWeights = item.texts.map((text) => text.map((w) => this.wordWeight(w)));
      item.textWeights = item.wordWeights.map((weights) => weights.reduce((sum, w) => sum + w, 0));
      for (const word of item.vocabulary) this.postings.set(word, [...(this.postings.get(word) ?? []), item]);
    }
  }

  /** A reference id written in a cell ("E4-02", "e4.2", "E4-2 Inspections"), if it exists. */
  byReferenceId(text: string): ReferenceRequirement | null {
    const trimmed = text.trim();
    // Most cells start otherwise: asked of every row's wording, the regular expression is skipped.
    // (The length first: charCodeAt past the end would throw the caller's optimised code away.)
    if (trimmed.length === 0 || (trimmed.charCodeAt(0) | 0x20) !== 0x65) return null;
    const m = /^E(\d)\s*[-.]\s*(\d{1,2})(?!\d)/i.exec(trimmed);
    if (!m) return null;
    return this.byId.get(`E${m[1]}-${m[2]!.padStart(2, '0')}`) ?? null;
  }

  /** The confident wording match within an element (or across all when the element is unknown). */
  byWording(text: string, element: ElementId | null): RequirementMatch | null {
    return this.judge(text, element).match;
  }

  /** The wording judged within an element (or across all): the confident match, if any, and the candidates. */
  judge(text: string, element: ElementId | null): WordingJudgement {
    const key = element ?? '';
    let byText = this.judgements.get(key);
    if (byText === undefined) this.judgements.set(key, (byText = new Map()));
    const cached = byText.get(text);
    if (cached !== undefined) return cached;
    const result = this.computeJudgement(text, element);
    if (this.judged < CACHE_LIMIT) {
      byText.set(text, result);
      this.judged++;
    }
    return result;
  }

  private wordWeight(word: string): number {
    // Words the checklist never uses (the team's trades, sites, equipment) dilute the fit, lightly.
    return this.weight.get(word) ?? UNKNOWN_WORD_WEIGHT;
  }

  private computeJudgement(text: string, element: ElementId | null): WordingJudgement {
    const ranked = this.rank(this.fitOf(text), element);
    const top = ranked[0];
    if (top === undefined) return NO_JUDGEMENT;
    // Within an element a near tie goes to the earlier requirement: each element lists its founding
    // record first ("Hazard assessment" is the formal HA of E2-01, "Emergency response plan" E6-01).
    const best = ranked.find((c) => c.score >= top.score - NEAR_TIE && c.requirement.element === top.requirement.element && c.requirement.id <= top.requirement.id)!;
    // So a later requirement of the same element that near-ties is no rival; any other is.
    const rival = ranked.find(
      (c) => c !== best && !(c.requirement.element === best.requirement.element && c.requirement.id > best.requirement.id && Math.abs(c.score - best.score) < MATCH_MARGIN + NEAR_TIE),
    );
    const confident = best.score >= MATCH_THRESHOLD && best.score - (rival?.score ?? 0) >= MATCH_MARGIN;
    const candidates = [best, ...ranked.filter((c) => c !== best)]
      .slice(0, CANDIDATES)
      .filter((c) => c.score >= CANDIDATE_FLOOR)
      .map((c) => ({ id: c.requirement.id, score: round(c.score) }));
    return { match: confident ? { requirement: best.requirement, score: round(best.score) } : null, score: round(best.score), candidates };
  }

  /** The row's words and how well each requirement sharing one fits them, before any prior. */
  private fitOf(text: string): TextFit {
    const cached = this.fits.get(text);
    if (cached !== undefined) return cached;
    const words = wordsOf(text);
    const fits: Fit[] = [];
    if (words.length > 0) {
      // Only requirements that share a word with the row can score: most rows share none with most.
      const sharing = new Set<IndexedRequirement>();
      for (const w of words) for (const item of this.postings.get(w) ?? []) sharing.add(item);
      // Weights looked up once, and summed in the same order as ever: the same scores to the bit.
      const weights = words.map((w) => this.wordWeight(w));
      const rowWeight = weights.reduce((sum, w) => sum + w, 0);
      const stamp = this.nextStamp();
      // -1 for a word the checklist never uses: no requirement covers it.
      const ids = words.map((w) => this.wordIds.get(w) ?? -1);
      for (const id of ids) if (id >= 0) this.marks[id] = stamp;
      for (const item of sharing) {
        let covered = 0;
        for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0 && item.inVocabulary[ids[i]!] === 1) covered += weights[i]!;
        let tightest = 0;
        for (let t = 0; t < item.textIds.length; t++) {
          const target = item.textIds[t]!;
          const targetWeights = item.wordWeights[t]!;
          let common = 0;
          for (let i = 0; i < target.length; i++) if (this.marks[target[i]!] === stamp) common += targetWeights[i]!;
          if (common > 0) tightest = Math.max(tightest, (2 * common) / (rowWeight + item.textWeights[t]!));
        }
        fits.push({ requirement: item.requirement, fit: 0.85 * (covered / rowWeight) + 0.15 * tightest });
      }
    }
    const result = { words, fits };
    if (this.fits.size < CACHE_LIMIT) this.fits.set(text, result);
    return result;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffff_ffff) {
      this.marks.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Requirements sharing a word with the row, best first. */
  private rank({ words, fits }: TextFit, element: ElementId | null): Scored[] {
    const scored: Scored[] = [];
    for (const { requirement, fit } of fits) {
      if (element !== null && requirement.element !== element) continue;
      scored.push({ requirement, score: fit * prior(requirement, words, element) });
    }
    // Ties keep the checklist's order, so the earlier requirement leads.
    return scored.sort((a, b) => b.score - a.score || (a.requirement.id < b.requirement.id ? -1 : 1));
  }
}

function prior(requirement: ReferenceRequirement, words: readonly string[], element: ElementId | null): number {
  let p = 1;
  // Trackers list records: interview-only items are rarely what a row means.
  if (!requirement.method.includes('D')) p *= 0.95;
  // Proposals (consultants', GK) are less likely what a team tracks than CP or legal items.
  if (isProposal(requirement)) p *= 0.97;
  // A retention rule (reports "retained 2 years") is rarely what a row names, unless it says so.
  if (requirement.retentionDays !== null && !words.some((w) => RETENTION_WORDS.has(w))) p *= 0.95;
  // E9 restates duties the other elements hold; without an element, prefer those.
  if (element === null && requirement.element === 'E9') p *= 0.95;
  return p;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

const NEAR_TIE = 0.03;
/** Entries each cache keeps, so a sheet of distinct wordings cannot grow them without end. */
const CACHE_LIMIT = 20_000;
const UNKNOWN_WORD_WEIGHT = 2.5;
const NO_JUDGEMENT: WordingJudgement = { match: null, score: 0, candidates: [] };
const RETENTION_WORDS = new Set(wordsOf('retain retained retention kept keep archive archived years'));
