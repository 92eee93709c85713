import { describe, expect, it } from 'vitest';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import { OBSERVATION_ITEMS, buildSiteWalk, controlsOf } from './observation-items.ts';
import { SEED_GUIDE, SOURCE_KEY } from './provenance.ts';

const OBSERVATION_REQUIREMENTS = REFERENCE_CHECKLIST.filter((r) => r.method.includes('O')).map((r) => r.id);
const IDS = new Set(REFERENCE_CHECKLIST.map((r) => r.id));

describe('observation items', () => {
  it.each(OBSERVATION_REQUIREMENTS)('%s has at least one thing to look at on the walk', (id) => {
    expect(OBSERVATION_ITEMS.some((o) => o.requirement === id)).toBe(true);
  });

  it('cover the 8 O and D+O requirements, and file each item under a requirement of the checklist', () => {
    expect(OBSERVATION_REQUIREMENTS).toHaveLength(8);
    for (const o of OBSERVATION_ITEMS) expect(IDS, o.id).toContain(o.requirement);
  });

  it('each has a source key or the seed guide, or is a proposal with a note', () => {
    for (const o of OBSERVATION_ITEMS) {
      if ('source' in o) expect(o.source === SEED_GUIDE || SOURCE_KEY.test(o.source), o.id).toBe(true);
      else expect(o.note.length, o.id).toBeGreaterThan(20);
    }
  });

  it('have unique ids made of the requirement and a number', () => {
    const ids = OBSERVATION_ITEMS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of OBSERVATION_ITEMS) expect(o.id).toMatch(new RegExp(`^${o.requirement}\\.\\d+$`));
  });

  it('include what the guide and the issue name: PPE, guarding, housekeeping, first aid kit, extinguishers, the posted ERP and HSR', () => {
    const text = OBSERVATION_ITEMS.map((o) => o.look.toLowerCase()).join('\n');
    for (const word of ['ppe', 'guards', 'housekeeping', 'first aid kit', 'fire extinguishers', 'emergency response plan', 'health and safety representative'])
      expect(text).toContain(word);
  });
});

describe('buildSiteWalk', () => {
  it('lists every reference item when given nothing, each with its provenance', () => {
    const walk = buildSiteWalk();
    expect(walk.map((i) => i.id)).toEqual(OBSERVATION_ITEMS.map((o) => o.id));
    const ppe = walk.find((i) => i.id === 'E3-04.1')!;
    expect(ppe).toMatchObject({ from: 'reference', requirement: 'E3-04', provenance: { source: SEED_GUIDE } });
    expect(walk.find((i) => i.id === 'E3-03.2')).toMatchObject({ provenance: { status: 'proposal' } });
  });

  it("adds the team's own controls once each, filed as PPE, a work practice or an engineering control", () => {
    const walk = buildSiteWalk({
      controls: [
        'Guard on the table saw',
        'guard on the table saw.',
        '  ',
        'Hearing protection in the shop',
        'Lockout procedure before clearing jams',
        'Dust extraction on the sander',
        'Guard  on the TABLE saw',
      ],
    });
    const own = walk.filter((i) => i.from === 'hazard assessment');
    expect(own.map((i) => [i.id, i.requirement, i.look])).toEqual([
      ['HA.1', 'E3-02', 'In place: Guard on the table saw'],
      ['HA.4', 'E3-04', 'In place: Hearing protection in the shop'],
      ['HA.5', 'E3-03', 'In place: Lockout procedure before clearing jams'],
      ['HA.6', 'E3-02', 'In place: Dust extraction on the sander'],
    ]);
    expect(own[0]).toMatchObject({ control: 'Guard on the table saw' });
  });

  it('does not repeat a reference item a team copied into its hazard assessment', () => {
    const copied = OBSERVATION_ITEMS.find((o) => o.id === 'E9-02.1')!.look.toUpperCase();
    expect(buildSiteWalk({ controls: [copied] })).toHaveLength(OBSERVATION_ITEMS.length);
  });

  it('narrows to the requirements asked, the team controls included', () => {
    const walk = buildSiteWalk({ controls: ['Safety glasses', 'Machine guard on lathe'], requirements: ['E3-04'] });
    expect(new Set(walk.map((i) => i.requirement))).toEqual(new Set(['E3-04']));
    expect(walk.map((i) => i.id)).toEqual(['E3-04.1', 'E3-04.2', 'HA.1']);
  });
});

describe('controlsOf', () => {
  it("splits an FLHA log's controls as teams list them, once each, the most written first", () => {
    expect(controlsOf(['Guardrail + harness, 3m from line', 'Harness, stop at 40 km/h gusts', 'Two-person lift', 'harness', null, 'N/A'])).toEqual([
      'Harness',
      'Guardrail',
      '3m from line',
      'Stop at 40 km/h gusts',
      'Two-person lift',
    ]);
  });

  it('feeds the site walk: PPE under E3-04, a practice under E3-03, the rest under E3-02', () => {
    const walk = buildSiteWalk({ controls: controlsOf(['Harness, spotter for reversing, guard on saw']) });
    const team = walk.filter((i) => i.from === 'hazard assessment');
    expect(team.map((i) => [i.requirement, i.look])).toEqual([
      ['E3-04', 'In place: Harness'],
      ['E3-03', 'In place: Spotter for reversing'],
      ['E3-02', 'In place: Guard on saw'],
    ]);
  });
});
