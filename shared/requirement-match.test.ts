import { describe, expect, it } from 'vitest';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import type { ElementId } from './reference/types.ts';
import { MATCH_MARGIN, MATCH_THRESHOLD, RequirementMatcher, wordsOf } from './requirement-match.ts';

const matcher = new RequirementMatcher(REFERENCE_CHECKLIST);

function idFor(text: string, element: ElementId | null): string | null {
  return matcher.byWording(text, element)?.requirement.id ?? null;
}

describe('wordsOf', () => {
  it('drops stopwords, numbers and one-letter words', () => {
    expect(wordsOf('the and of all 3 a')).toEqual([]);
    expect(wordsOf('The inspections of all 3 sites')).toEqual(wordsOf('inspections sites'));
  });

  it('reads plurals and singulars alike', () => {
    expect(wordsOf('inspections')).toEqual(wordsOf('inspection'));
    expect(wordsOf('drills')).toEqual(wordsOf('drill'));
  });

  it('spells out the abbreviations teams use', () => {
    expect(wordsOf('H&S policy')).toEqual(wordsOf('safety policy'));
    expect(wordsOf('FLHA')).toEqual(wordsOf('field level hazard assessment'));
    expect(wordsOf('ERP')).toEqual(wordsOf('emergency response plan'));
  });

  it('reads the common typos of assessment, and tells a sign-off sheet from a signature', () => {
    expect(wordsOf('Hazard assesment')).toEqual(wordsOf('hazard assessment'));
    expect(wordsOf('asessments')).toEqual(wordsOf('assessment'));
    expect(wordsOf('sign-off sheet')).not.toContain(wordsOf('signed')[0]);
  });

  it('reads gloves, goggles and the like as PPE, and servicing or calibration as maintenance', () => {
    for (const gear of ['Gloves', 'goggles', 'hard hats', 'ear muffs', 'FR clothing']) expect(wordsOf(gear)).toEqual(expect.arrayContaining(wordsOf('PPE')));
    expect(wordsOf('Truck serviced')).toEqual(expect.arrayContaining(wordsOf('maintenance')));
    expect(wordsOf('Gauge calibration')).toEqual(expect.arrayContaining(wordsOf('maintenance')));
    expect(wordsOf('service calls')).not.toEqual(expect.arrayContaining(wordsOf('maintenance')));
  });

  it('lists each word once', () => {
    expect(wordsOf('drill drill drills')).toHaveLength(1);
  });
});

describe('RequirementMatcher.byReferenceId', () => {
  it.each(['E4-02', 'e4.2', 'E4-2', 'E4 - 02', 'E4-02 Worksite inspections', ' e4-02 '])('reads %j as E4-02', (text) => {
    expect(matcher.byReferenceId(text)?.id).toBe('E4-02');
  });

  it('returns the reference requirement itself', () => {
    const requirement = matcher.byReferenceId('E6-05');
    expect(requirement?.element).toBe('E6');
    expect(requirement?.refreshIntervalDays).toBe(365);
  });

  it.each(['E4-99', 'E4-06', 'E0-10', 'E10-1', 'E4-020', 'X4-02', 'E402', '4.2', 'Worksite inspections', ''])(
    'gives null for %j (unknown or not an id)',
    (text) => {
      expect(matcher.byReferenceId(text)).toBeNull();
    },
  );

  it('knows only the ids it was built with', () => {
    const small = new RequirementMatcher(REFERENCE_CHECKLIST.filter((r) => r.id !== 'E4-02'));
    expect(small.byReferenceId('E4-02')).toBeNull();
    expect(small.byReferenceId('E4-01')?.id).toBe('E4-01');
  });
});

describe('RequirementMatcher.byWording', () => {
  describe('realistic tracker phrasings within their element', () => {
    it.each([
      ['Headcount log (10 or fewer workers)', 'E0', 'E0-01'],
      ['WCB clearance letter', 'E0', 'E0-02'],
      ['SECOR course certificate', 'E0', 'E0-03'],
      ['Org chart', 'E0', 'E0-09'],
      ['Signed H&S policy', 'E1', 'E1-01'],
      ['Policy signed by owner', 'E1', 'E1-01'],
      ['Job descriptions with safety responsibilities', 'E1', 'E1-04'],
      ['Safety goals for the year', 'E1', 'E1-06'],
      ['Right to refuse procedure', 'E1', 'E1-07'],
      ['Formal hazard assessment for every task', 'E2', 'E2-01'],
      ['Workers signed the hazard assessment', 'E2', 'E2-04'],
      ['FLHA completed before each job', 'E2', 'E2-05'],
      ['Field Level Hazard Assessment forms', 'E2', 'E2-05'],
      ['PPE matrix', 'E3', 'E3-04'],
      ['Written safe work procedures', 'E3', 'E3-03'],
      ['Equipment maintenance records', 'E3', 'E3-05'],
      ['Inspection policy', 'E4', 'E4-01'],
      ['Completed inspection forms', 'E4', 'E4-02'],
      ['Inspection deficiencies corrected', 'E4', 'E4-03'],
      ['Pre-use equipment checklists', 'E4', 'E4-04'],
      ['Vehicle pre-trip inspection', 'E4', 'E4-04'],
      ['HSR on inspections', 'E4', 'E4-05'],
      ['New worker orientation checklist', 'E5', 'E5-01'],
      ['Training matrix', 'E5', 'E5-02'],
      ['Competency sign-offs', 'E5', 'E5-03'],
      ['Training attendance sheets', 'E5', 'E5-05'],
      ['Emergency response plan', 'E6', 'E6-01'],
      ['Emergency contact list updated', 'E6', 'E6-03'],
      ['Emergency drill held', 'E6', 'E6-05'],
      ['Fire drill records', 'E6', 'E6-05'],
      ['First aid certificates', 'E6', 'E6-06'],
      ['First aid log', 'E7', 'E7-06'],
      ['Investigation corrective actions closed', 'E7', 'E7-07'],
      ['Toolbox talk minutes', 'E8', 'E8-01'],
      ['Safety meeting minutes', 'E8', 'E8-01'],
      ['Injury statistics', 'E8', 'E8-02'],
      ['Document control register', 'E8', 'E8-05'],
      ['Annual self-assessment', 'E8', 'E8-06'],
      ['HSR designation letter', 'E9', 'E9-01'],
      ['JHSC meeting minutes', 'E9', 'E9-03'],
      ['Violence & harassment prevention plan', 'E9', 'E9-04'],
      ['Working alone procedure', 'E9', 'E9-06'],
    ] as const)('matches %j in %s to %s', (text, element, id) => {
      expect(idFor(text, element)).toBe(id);
    });
  });

  describe('phrasings a coordinator would expect to match', () => {
    it('matches "Incident investigation reports" to E7-02, and only a row about keeping them to E7-05 (retention)', () => {
      expect(idFor('Incident investigation reports', 'E7')).toBe('E7-02');
      expect(idFor('Investigation reports with causes', 'E7')).toBe('E7-02');
      expect(idFor('Investigation reports kept 2 years', 'E7')).toBe('E7-05');
    });

    it('matches "Worksite inspections" to E4-02 (worksite inspections completed)', () => {
      expect(idFor('Worksite inspections', 'E4')).toBe('E4-02');
    });

    it('matches "Monthly site inspections" to E4-02', () => {
      expect(idFor('Monthly site inspections', 'E4')).toBe('E4-02');
    });

    it('matches "Hazard assessment" to E2-01 (formal hazard assessment)', () => {
      expect(idFor('Hazard assessment', 'E2')).toBe('E2-01');
    });

    it('matches "Hazard assessments dated" to E2-02 (each HA shows its date)', () => {
      expect(idFor('Hazard assessments dated', 'E2')).toBe('E2-02');
    });

    it('matches "Near miss reports" to E7-02 (investigation reports incl. near misses)', () => {
      expect(idFor('Near miss reports', 'E7')).toBe('E7-02');
    });

    it('matches "HSR training" to E9-02 (HSR trained)', () => {
      expect(idFor('HSR training', 'E9')).toBe('E9-02');
    });

    it('matches "Subcontractor orientation" to E8-04 (contractors covered)', () => {
      expect(idFor('Subcontractor orientation', 'E8')).toBe('E8-04');
    });
  });

  describe('when the element is unknown', () => {
    it.each([
      ['Signed H&S policy', 'E1-01'],
      ['Toolbox talk minutes', 'E8-01'],
      ['Emergency drill held', 'E6-05'],
      ['Pre-use equipment checklists', 'E4-04'],
      ['Training matrix', 'E5-02'],
    ] as const)('matches %j to %s across all elements', (text, id) => {
      expect(idFor(text, null)).toBe(id);
    });

    it('matches "Safety meeting minutes" to E8-01', () => {
      expect(idFor('Safety meeting minutes', null)).toBe('E8-01');
    });

    it('matches "Emergency response plan" to E6-01', () => {
      expect(idFor('Emergency response plan', null)).toBe('E6-01');
    });
  });

  it('stays within the element it is given', () => {
    const match = matcher.byWording('Signed H&S policy', 'E4');
    expect(match === null || match.requirement.element === 'E4').toBe(true);
    expect(match?.requirement.id).not.toBe('E1-01');
  });

  it("gives a score of 1 to the requirement's own wording", () => {
    const drills = REFERENCE_CHECKLIST.find((r) => r.id === 'E6-05')!;
    expect(matcher.byWording(drills.text, 'E6')).toEqual({ requirement: drills, score: 1 });
  });

  it('gives a score between the threshold and 1, rounded to two decimals', () => {
    const match = matcher.byWording('Emergency drill held', 'E6')!;
    expect(match.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match.score).toBeLessThan(1);
    expect(Math.round(match.score * 100) / 100).toBe(match.score);
  });

  it.each(['xyzzy plugh', 'asdf qwerty zxcv', 'Misc', '', '---', 'the and of'])('gives null for gibberish %j', (text) => {
    expect(matcher.byWording(text, null)).toBeNull();
    expect(matcher.byWording(text, 'E4')).toBeNull();
  });

  it('gives the same answer on a repeated (cached) call', () => {
    const first = matcher.byWording('Fire drill records', 'E6');
    const second = matcher.byWording('Fire drill records', 'E6');
    expect(second).toEqual(first);
    expect(second?.requirement.id).toBe('E6-05');
  });
});

describe('RequirementMatcher.judge: casual wording, and candidates when unsure', () => {
  it.each([
    ['Fall protection tickets (all crew)', 'E5-02'],
    ['Fall protection certificates (all crew)', 'E5-02'],
    ['Monthly site inspection', 'E4-02'],
    ['Toolbox talks', 'E8-01'],
    ['Tailgate talks every Monday', 'E8-01'],
    ['Fire drill', 'E6-05'],
    ['Muster drill - shop', 'E6-05'],
    ['Ladder pre-use checks', 'E4-04'],
    ['Pre-trip inspections (all trucks)', 'E4-04'],
    ['WHMIS certs', 'E5-02'],
    ['Safe work procedures binder', 'E3-03'],
  ] as const)('matches %j to %s with no element known', (text, id) => {
    const judged = matcher.judge(text, null);
    expect(judged.match?.requirement.id).toBe(id);
    expect(judged.candidates[0]?.id).toBe(id);
  });

  it.each([
    ['Tailboard meetings', 'E8-01'],
    ['Crew huddle notes', 'E8-01'],
    ['Hazard cards (each lease)', 'E2-05'],
    ['Risk assessment', 'E2-01'],
    ['Hot work permit procedure', 'E3-03'],
    ['Safety gloves issued', 'E3-04'],
    ['Torque wrench calibration', 'E3-05'],
    ['Site walkthrough', 'E4-02'],
    ['CPR certificates', 'E6-06'],
    ['TDG tickets', 'E5-02'],
    ['PPE training for new staff', 'E5-05'],
    ['Check-in calls for lone workers', 'E9-06'],
  ] as const)('matches the trade wording %j to %s with no element known', (text, id) => {
    expect(matcher.judge(text, null).match?.requirement.id).toBe(id);
  });

  it('files a signed policy under E1-01 though it is posted too, and a posted one alone under E1-03', () => {
    expect(matcher.judge('Safety policy signed and posted', 'E1').match?.requirement.id).toBe('E1-01');
    expect(matcher.judge('Policy posted in the shop', null).match?.requirement.id).toBe('E1-03');
  });

  it('lets a bracketed remark weigh less than the row it qualifies', () => {
    const plain = matcher.judge('Emergency response plan shop field', 'E6');
    const remarked = matcher.judge('Emergency response plan (shop field)', 'E6');
    expect(remarked.score).toBeGreaterThan(plain.score);
    expect(remarked.match?.requirement.id).toBe('E6-01');
  });

  it('never files a certificate under the ERP, nor a ladder & hoist inspection under the inspection policy', () => {
    expect(matcher.judge('Fall protection certificates (all crew)', null).match?.requirement.id).not.toBe('E6-01');
    expect(matcher.judge('Ladder & hoist inspection', null).match?.requirement.id).not.toBe('E4-01');
  });

  it('leaves a row that is no requirement unmatched', () => {
    for (const text of ['Renew truck insurance', 'Collect overdue invoices', 'Order gravel for the Henderson job', 'Update website']) {
      expect(matcher.judge(text, null).match, text).toBeNull();
    }
  });

  it('leaves a coin toss unmatched and offers both, best first', () => {
    // Attendance at meetings is the meeting's record (E8-01) or the owner's involvement (E1-06).
    const judged = matcher.judge('Meeting attendance', null);
    expect(
      judged.candidates
        .map((c) => c.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['E1-06', 'E8-01'].sort());
    expect(judged.candidates[0]!.score).toBeGreaterThanOrEqual(judged.candidates[1]!.score);
    if (judged.match !== null) expect(judged.candidates[0]!.score - judged.candidates[1]!.score).toBeGreaterThanOrEqual(MATCH_MARGIN);
  });

  it('offers at most three candidates, each a reference id with a score, and none for words the checklist never uses', () => {
    const judged = matcher.judge('Hazard assessment', null);
    expect(judged.candidates.length).toBeGreaterThan(0);
    expect(judged.candidates.length).toBeLessThanOrEqual(3);
    for (const c of judged.candidates) expect(c.id).toMatch(/^E\d-\d\d$/);
    expect(matcher.judge('Xmas party', null)).toEqual({ match: null, score: 0, candidates: [] });
  });

  it('agrees with byWording: its match is the confident one, else null', () => {
    for (const text of ['Toolbox talks', 'Toolbox talk attendance', 'Buy new laptop']) {
      expect(matcher.byWording(text, null)).toEqual(matcher.judge(text, null).match);
    }
  });
});
