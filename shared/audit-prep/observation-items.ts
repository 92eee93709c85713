import { upperFirst } from '../words.ts';
import { type Provenance, SEED_GUIDE } from './provenance.ts';

/** One thing a reviewer looks at on a site walk, for an observation requirement. */
export type ObservationItem = {
  /** Stable key, the requirement's id and a number: E3-04.1. A site walk's findings name it. */
  readonly id: string;
  /** The reference requirement (method O or D+O) the finding counts toward. */
  readonly requirement: string;
  /** What to look at, in plain words, put so that "yes" means found in place. */
  readonly look: string;
} & Provenance;

/** Every item, grouped by requirement in checklist order. */
export const OBSERVATION_ITEMS: readonly ObservationItem[] = [
  // E1-08: the legislation at hand (S43 on Alberta's OHS requirements).
  {
    id: 'E1-08.1',
    requirement: 'E1-08',
    source: 'S43',
    look: 'A current copy of, or a working link to, the OHS Act, Regulation and Code is where workers can reach it.',
  },

  // E3-01: the hierarchy of controls, OHS Code Part 2 (S36).
  {
    id: 'E3-01.1',
    requirement: 'E3-01',
    source: 'S36',
    look: 'Where a hazard could be removed or engineered out it has been; PPE is not the only control on a hazard ranked high.',
  },

  // E3-02: S14 records the share of the formal assessments' engineering controls found in place.
  { id: 'E3-02.1', requirement: 'E3-02', source: 'S14', look: 'Machine guards and safety devices are in place and working, not removed or bypassed.' },
  {
    id: 'E3-02.2',
    requirement: 'E3-02',
    source: 'S14',
    look: 'The engineering controls the formal hazard assessments list (barriers, railings, ventilation, extraction) are in place at the site.',
  },

  // E3-03: safe work practices followed (S14); the seed guide's self-assessment checks the same.
  { id: 'E3-03.1', requirement: 'E3-03', source: SEED_GUIDE, look: 'Workers are following the written safe work procedure for the task under way.' },
  {
    id: 'E3-03.2',
    requirement: 'E3-03',
    status: 'proposal',
    note: 'Housekeeping is a safe work practice most hazard assessments rely on; no source lists it as a SECOR observation.',
    look: 'Housekeeping: walkways, exits and work areas are clear, materials stored, spills cleaned up.',
  },

  // E3-04: PPE worn (the seed guide's walk) and maintained and inspected (S3).
  {
    id: 'E3-04.1',
    requirement: 'E3-04',
    source: SEED_GUIDE,
    look: 'Workers wear the PPE the hazard assessment requires for the task, the right kind, worn correctly.',
  },
  {
    id: 'E3-04.2',
    requirement: 'E3-04',
    source: 'S3',
    look: 'PPE is in good condition (not cracked, worn out or past its date) and its inspection is recorded.',
  },

  // E4-03: deficiencies from inspections corrected (S29).
  {
    id: 'E4-03.1',
    requirement: 'E4-03',
    source: 'S29',
    look: 'Deficiencies on the last inspection are corrected on site, or tagged out with an owner and a date.',
  },

  // E6-06: first aid per OHS Code Part 11 and Schedule 2 (S38a).
  {
    id: 'E6-06.1',
    requirement: 'E6-06',
    source: 'S38a',
    look: 'The first aid kit is the type the crew size and distance call for, stocked, and its inspection card is current.',
  },
  { id: 'E6-06.2', requirement: 'E6-06', source: 'S38a', look: 'A trained first aider is on the site or shift, and workers can say who it is.' },

  // E6-01 is scored from the plan itself; seeing its fire protection and postings on the walk is this project's addition.
  {
    id: 'E6-01.1',
    requirement: 'E6-01',
    status: 'proposal',
    note: "The ERP must cover fire protection (S37); checking extinguishers on the walk is this project's addition.",
    look: 'Fire extinguishers are where the plan puts them, unblocked, charged, and their monthly inspection tag is current.',
  },
  {
    id: 'E6-01.2',
    requirement: 'E6-01',
    status: 'proposal',
    note: "The ERP must name procedures and contacts (S37); finding it posted is this project's addition.",
    look: 'The emergency response plan (muster point, emergency numbers, site address) is posted where workers see it.',
  },

  // E9-02: the HSR's name and contact posted (S39).
  {
    id: 'E9-02.1',
    requirement: 'E9-02',
    source: 'S39',
    look: "The health and safety representative's name and contact information are posted where workers see them.",
  },
];

/** A line of the site-walk checklist: a reference item, or a control from the team's own hazard assessments. */
export type SiteWalkItem =
  | {
      /** From OBSERVATION_ITEMS. */
      readonly from: 'reference';
      /** The observation item's id. */
      readonly id: string;
      /** The observation requirement the finding counts toward. */
      readonly requirement: string;
      /** What to look at. */
      readonly look: string;
      /** Its source, or proposal. */
      readonly provenance: Provenance;
    }
  | {
      /** A control the team's hazard assessments list: its own assessment is the source. */
      readonly from: 'hazard assessment';
      /** HA.1, HA.2, ...: the control's place in the list given, so an id stays put when others are dropped. */
      readonly id: string;
      /** E3-04 for PPE, E3-03 for a procedure or practice, else E3-02 (an engineering control). */
      readonly requirement: string;
      /** "In place: " and the control as the team wrote it. */
      readonly look: string;
      /** The control's own text, trimmed. */
      readonly control: string;
    };

// Words that say a control is PPE or a work practice; anything else a team lists is taken as an engineering control.
const PPE_WORDS =
  /\b(ppe|gloves?|glasses|goggles|face ?shields?|hard ?hats?|helmets?|boots|vests?|hi-?vis|respirators?|masks?|ear ?plugs|ear ?muffs|hearing protection|harness(es)?|lanyards?|coveralls|fr clothing)\b/i;
const PRACTICE_WORDS =
  /\b(procedures?|swps?|safe work|practices?|permits?|lock ?out|loto|tag ?out|training|trained|sign-?offs?|check-?ins?|spotters?|flag ?persons?|rotation|schedule|inspect(ion|ed)?|housekeeping|signs?|signage)\b/i;

function requirementOfControl(control: string): string {
  if (PPE_WORDS.test(control)) return 'E3-04';
  if (PRACTICE_WORDS.test(control)) return 'E3-03';
  return 'E3-02';
}

/** A control written twice, in other case, spacing or punctuation ("Guard on saw." / "guard on saw"), is one control. */
function sameWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The site-walk checklist: the reference's observation items for the requirements asked (all by
 * default), then each control the team's hazard assessments list, once, filed under the control
 * requirement it belongs to. A control that repeats a reference item's words is not added again.
 */
export function buildSiteWalk({ controls = [], requirements }: { controls?: readonly string[]; requirements?: readonly string[] } = {}): SiteWalkItem[] {
  const asked = requirements === undefined ? null : new Set(requirements);
  const items: SiteWalkItem[] = OBSERVATION_ITEMS.filter((o) => asked === null || asked.has(o.requirement)).map(({ id, requirement, look, ...provenance }) => ({
    from: 'reference',
    id,
    requirement,
    look,
    provenance,
  }));
  const seen = new Set(items.map((i) => sameWords(i.look)));
  for (const [i, raw] of controls.entries()) {
    const control = raw.trim();
    const key = sameWords(control);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const requirement = requirementOfControl(control);
    if (asked !== null && !asked.has(requirement)) continue;
    items.push({ from: 'hazard assessment', id: `HA.${i + 1}`, requirement, look: `In place: ${control}`, control });
  }
  return items;
}

/** Controls listed at most in a site walk from the team's own assessments: the most written first. */
const MOST_CONTROLS = 12;

/**
 * The controls a team's hazard assessments write (an FLHA log's Controls column: "Guardrail +
 * harness, 3m from line"), each once, split where teams list several, the most often written
 * first: what a site walk should find in place.
 */
export function controlsOf(written: readonly (string | null)[]): string[] {
  const counts = new Map<string, { text: string; n: number }>();
  for (const text of written) {
    for (const part of (text ?? '').split(/\s*(?:[,;+\n]|\band\b|&)\s*/i)) {
      const control = part.trim().replace(/[.]+$/, '');
      const key = sameWords(control);
      if (key.length < 3 || /^(none|n\/?a|nil|see above)$/i.test(control)) continue;
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { text: upperFirst(control), n: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, MOST_CONTROLS)
    .map((c) => c.text);
}
