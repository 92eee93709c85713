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
  (
    'a an and are as at be by for from has have in is it its of on or the to was were with each every all any ' +
    'me my us our we their they this that these those there where when which who whom what must should shall will ' +
    'e g eg etc incl including per if not no yes so than then been being do does done kept keep how know can off up out over'
  ).split(' '),
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
  // Gear that is PPE wherever it is worn.
  [/\b(gloves|goggles|hard ?hats?|hi-?vis|safety glasses|ear ?(?:muffs|plugs)|respirators?|face shields?|fr clothing|coveralls|safety boots)\b/g, ' $1 ppe '],
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
  [/\bsupers?\b|\bsupv\b|\bforem[ae]n\b|\blead ?hands?\b/g, ' supervisor '],
  // The trade's own word for a worker ("roofers", "labourers") is a worker to the checklist.
  [
    /\b(roofers?|labou?rers?|operators?|drivers?|cleaners?|caregivers?|apprentices?|journeym[ae]n|helpers?|techs?|technicians?|installers?|welders?|electricians?|plumbers?|carpenters?|framers?|painters?)\b/g,
    ' worker ',
  ],
  [/\br\s*&\s*r\b/g, ' responsibilities '],
  [/\beng\b/g, ' engineering '],
  [/\bevac\b/g, ' evacuation '],
  [/\bsubs\b/g, ' contractor '],
  [/\b(h\s*&\s*s|safety) reps?\b/g, ' hsr '],
  [/\bsjps?\b|\bsops?\b/g, ' safe work procedures '],
  [/\bpsis?\b/g, ' potentially serious incident '],
  [/\bdvirs?\b/g, ' vehicle pre-use inspection '],
  [/\bjhas?\b/g, ' hazard assessment '],
  // A sign-off sheet is workers confirming they were told; "signed" alone is the owner's
  // signature (a signed policy is E1-01, the policy's sign-off sheet E1-03).
  [/\bsign[- ]?offs?\b/g, ' signoff '],
  // "Assesment", "asessment": the typos are common and mean nothing else.
  [/\bas?ss?ess?ments?\b/g, ' assessment '],
  // Equipment serviced or instruments calibrated is equipment maintained ("service calls" is not).
  [/\bservic(?:ed|ing)\b/g, ' serviced maintenance '],
  [/\bcalibrat(?:ion|ions|ed|ing|e)\b/g, ' calibration maintenance '],
  [/\bwalk[- ]?throughs?\b/g, ' walkthrough '],
  // The utility trades' tailboard is the tailgate meeting; a pre-start check is a pre-use one.
  [/\btailboards?\b/g, ' tailgate '],
  [/\bpre-?start\b/g, ' pre-use '],
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
  /** Each text's words as the matcher numbers them, and each text's summed word weight, for the Dice fit. */
  textIds: Uint32Array[];
  textWeights: number[];
  /** 1 at the number of each word of the vocabulary. */
  inVocabulary: Uint8Array;
  /** The numbers of the requirement text's rarest words across the checklist: what sets it apart. */
  keyIds: number[];
}

/** How a requirement fits a row's words, before the prior (which depends on the element asked). */
interface Fit {
  readonly requirement: ReferenceRequirement;
  readonly fit: number;
  /** The weight of the heaviest text of two or more words the row holds whole ("formal hazard assessment"), or 0. */
  readonly phrase: number;
}

interface TextFit {
  readonly words: readonly string[];
  readonly fits: readonly Fit[];
}

interface Scored {
  readonly requirement: ReferenceRequirement;
  readonly score: number;
  /** The weight of the heaviest text of two or more words the row holds whole ("formal hazard assessment"), or 0. */
  readonly phrase: number;
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
  // The checklist's words numbered, a mark per number and the row's weight of it: a row's words
  // are marked with a new stamp, so whether a reference word is among them is an array read.
  private readonly wordIds = new Map<string, number>();
  private readonly marks: Uint32Array;
  private readonly rowWeights: Float64Array;
  private stamp = 0;

  constructor(requirements: readonly ReferenceRequirement[]) {
    this.indexed = requirements.map((requirement) => {
      const texts = [wordsOf(requirement.text), ...requirement.evidence.map(wordsOf), ...requirement.wordings.map(wordsOf)];
      return {
        requirement,
        texts,
        vocabulary: new Set(texts.flat()),
        textIds: [] as Uint32Array[],
        textWeights: [] as number[],
        inVocabulary: new Uint8Array(0),
        keyIds: [] as number[],
      };
    });
    const documentFrequency = new Map<string, number>();
    for (const item of this.indexed) {
      for (const word of item.vocabulary) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    }
    // Equipment a row is about (ladders, trucks) says little about which duty it tracks: maintaining
    // a ladder is E3-05, checking it before use E4-04. Such words weigh as the team's own words do.
    for (const [word, df] of documentFrequency) {
      this.weight.set(word, OBJECT_WORDS.has(word) ? UNKNOWN_WORD_WEIGHT : Math.log(1 + requirements.length / df));
      this.wordIds.set(word, this.wordIds.size);
    }
    this.marks = new Uint32Array(this.wordIds.size);
    this.rowWeights = new Float64Array(this.wordIds.size);
    for (const requirement of requirements) this.byId.set(requirement.id, requirement);
    for (const item of this.indexed) {
      item.textIds = item.texts.map((text) => Uint32Array.from(text, (w) => this.wordIds.get(w)!));
      item.textWeights = item.texts.map((text) => text.reduce((sum, w) => sum + this.wordWeight(w), 0));
      item.inVocabulary = new Uint8Array(this.wordIds.size);
      for (const word of item.vocabulary) item.inVocabulary[this.wordIds.get(word)!] = 1;
      const keys = [...item.texts[0]!].sort((a, b) => this.wordWeight(b) - this.wordWeight(a)).slice(0, KEYS);
      item.keyIds = keys.map((k) => this.wordIds.get(k)!);
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
    const best = ranked.find(
      (c) => c.score >= top.score - NEAR_TIE && c.requirement.element === top.requirement.element && c.requirement.id <= top.requirement.id,
    )!;
    // So a later requirement of the same element that near-ties is no rival; any other is.
    const rival = ranked.find(
      (c) =>
        c !== best &&
        !(
          c.requirement.element === best.requirement.element &&
          c.requirement.id > best.requirement.id &&
          Math.abs(c.score - best.score) < MATCH_MARGIN + NEAR_TIE
        ),
    );
    // A row that holds one of the requirement's own phrases whole, which its rival's phrases do not
    // match as heavily, names that requirement although its trade words dilute the score.
    const phrased = best.phrase > (rival?.phrase ?? 0);
    const confident = phrased ? best.score >= PHRASED_THRESHOLD : best.score >= MATCH_THRESHOLD && best.score - (rival?.score ?? 0) >= MATCH_MARGIN;
    const candidates = [best, ...ranked.filter((c) => c !== best)]
      .slice(0, CANDIDATES)
      .filter((c) => c.score >= CANDIDATE_FLOOR)
      .map((c) => ({ id: c.requirement.id, score: round(c.score) }));
    return { match: confident ? { requirement: best.requirement, score: round(best.score) } : null, score: round(best.score), candidates };
  }

  /** The row's words and how each requirement sharing one fits them, before any prior. */
  private fitOf(text: string): TextFit {
    const cached = this.fits.get(text);
    if (cached !== undefined) return cached;
    const { words, remarks } = rowWordsOf(text);
    const fits: Fit[] = [];
    // Only requirements that share a word with the row can score: most rows share none with most.
    const sharing = new Set<IndexedRequirement>();
    for (const w of words) for (const item of this.postings.get(w) ?? []) sharing.add(item);
    if (sharing.size > 0) {
      // A remark in brackets (who, where, which jobs) says less about the duty than the row's head.
      const weights = words.map((w) => this.wordWeight(w) * (remarks.has(w) ? REMARK_WEIGHT : 1));
      const rowWeight = weights.reduce((sum, w) => sum + w, 0);
      const stamp = this.nextStamp();
      // -1 for a word the checklist never uses: no requirement covers it.
      const ids = words.map((w) => this.wordIds.get(w) ?? -1);
      ids.forEach((id, i) => {
        if (id < 0) return;
        this.marks[id] = stamp;
        this.rowWeights[id] = weights[i]!;
      });
      for (const item of sharing) {
        const { requirement } = item;
        let covered = 0;
        for (let i = 0; i < ids.length; i++) if (ids[i]! >= 0 && item.inVocabulary[ids[i]!] === 1) covered += weights[i]!;
        let tightest = 0;
        let phrase = 0;
        let wordingWhole = false;
        for (let t = 0; t < item.textIds.length; t++) {
          const target = item.textIds[t]!;
          let common = 0;
          let whole = true;
          for (let i = 0; i < target.length; i++) {
            if (this.marks[target[i]!] === stamp) common += this.rowWeights[target[i]!]!;
            else whole = false;
          }
          if (common > 0) tightest = Math.max(tightest, (2 * common) / (rowWeight + item.textWeights[t]!));
          if (whole && target.length >= PHRASE_WORDS) phrase = Math.max(phrase, common);
          if (whole && t > requirement.evidence.length) wordingWhole = true;
        }
        // A row that touches none of what sets the requirement apart, and holds none of the team's
        // wordings for it, matches only its common words ("Training records for the crew" is not the
        // rescue roster of E6-04, whose evidence is "training records").
        const keyed = wordingWhole || item.keyIds.some((k) => this.marks[k] === stamp);
        fits.push({ requirement, fit: (0.85 * (covered / rowWeight) + 0.15 * tightest) * (keyed ? 1 : UNKEYED), phrase });
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
    for (const { requirement, fit, phrase } of fits) {
      if (element !== null && requirement.element !== element) continue;
      scored.push({ requirement, score: fit * prior(requirement, words, element), phrase });
    }
    // Ties keep the checklist's order, so the earlier requirement leads.
    return scored.sort((a, b) => b.score - a.score || (a.requirement.id < b.requirement.id ? -1 : 1));
  }
}

/**
 * A row's words, and those of them only its bracketed remarks hold ("Emergency response plan
 * (shop + field)"): the head and the remarks are read apart, each once.
 */
function rowWordsOf(text: string): { words: string[]; remarks: ReadonlySet<string> } {
  if (!text.includes('(')) return { words: wordsOf(text), remarks: NO_REMARKS };
  const head = wordsOf(text.replace(/\([^)]*\)/g, ' '));
  const remarks = wordsOf((text.match(/\([^)]*\)/g) ?? []).map((m) => m.slice(1, -1)).join(' ')).filter((w) => !head.includes(w));
  return { words: [...head, ...remarks], remarks: new Set(remarks) };
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
/** Equipment words (stemmed as rows are), weighed as unknown words: see the constructor. */
const OBJECT_WORDS = new Set(wordsOf('ladder hoist truck vehicle forklift scaffold crane lift saw compressor generator machine tool'));
/**
 * How many of a requirement's rarest words set it apart, and the score kept by a row touching none
 * of them. Tuned on casual-wordings.csv's tuning half (0.8 and 3: wrong-confident 4.7 -> 4.2 % on
 * the whole file, 7.7 -> 6.8 % held out, with more rows matched right in both).
 */
const KEYS = 3;
const UNKEYED = 0.8;
/** A phrase is a requirement's text of at least this many words. */
const PHRASE_WORDS = 2;
/**
 * A row holding a phrase whole is confident from this score, and ahead of its rival by any margin:
 * on casual-wordings.csv this matched 2.5 % more rows right and none wrong (0.45 took one wrong).
 */
const PHRASED_THRESHOLD = 0.5;
const UNKNOWN_WORD_WEIGHT = 2.5;
/**
 * A bracketed remark's words weigh half: on casual-wordings.csv's tuning half this matched one
 * more row right and none wrong (0.3 did the same, 0 took two wrong), 0.5 being the milder.
 */
const REMARK_WEIGHT = 0.5;
const NO_REMARKS: ReadonlySet<string> = new Set();
const NO_JUDGEMENT: WordingJudgement = { match: null, score: 0, candidates: [] };
const RETENTION_WORDS = new Set(wordsOf('retain retained retention kept keep archive archived years'));
