import { describe, expect, it } from 'vitest';
import type { ClipEvidence } from './clips.ts';
import { dayFromIso } from './dates.ts';
import type { ItemReadiness } from './gaps.ts';
import { PASS_ELEMENT_PERCENT, PASS_OVERALL_PERCENT, auditRequirements, predictAudit } from './prediction.ts';
import { DEFAULT_PROFILE, type Profile } from './profile.ts';
import { scoreReadiness } from './readiness.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import { judgedItemOf } from './test-support/judged-rows.ts';

const TODAY = dayFromIso('2026-11-26')!;
const BY_ID = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));

/** A tracker row: the requirement it matched (or none), the judge's verdict, its points if any. */
interface Row {
  requirement: string | null;
  status: ItemReadiness;
  text?: string;
  points?: { available: number; earned: number };
}

/** The judged row the helpers build, with the requirement looked up by id. */
const judged = (row: Row) => ({ ...row, requirement: row.requirement === null ? null : BY_ID.get(row.requirement)! });

function predict(rows: readonly Row[], { profile = DEFAULT_PROFILE, clips = [] as ClipEvidence[], byPoints = false } = {}) {
  const items = rows.map((row, i) => judgedItemOf(judged(row), i));
  return predictAudit({ items, clips, readiness: scoreReadiness(items, byPoints), profile, today: TODAY });
}

const DOCUMENT_SCORED = auditRequirements(DEFAULT_PROFILE).scored.map((r) => r.id);
/** A ready row for each document-scored requirement, except those named. */
function allReadyExcept(...left: string[]): Row[] {
  return DOCUMENT_SCORED.filter((id) => !left.includes(id)).map((id): Row => ({ requirement: id, status: 'ready' }));
}

describe('auditRequirements', () => {
  it('scores the CP and law requirements of E1-E9 checked from documents, and lists interview- and observation-only ones to prepare', () => {
    const { scored, toPrepare } = auditRequirements(DEFAULT_PROFILE);
    // 57 requirements in E1-E9, 11 of them proposals (GK or CONS only), 4 of the rest interview or observation only.
    expect(scored).toHaveLength(42);
    expect(toPrepare.map((r) => r.id)).toEqual(['E1-03', 'E1-05', 'E3-02', 'E7-08']);
    expect(scored.some((r) => r.element === 'E0')).toBe(false);
    expect(scored.map((r) => r.id)).not.toContain('E4-04');
  });

  it('counts a proposal only when the team switches it on, and never what it switched off', () => {
    const profile: Profile = { ...DEFAULT_PROFILE, proposalsOn: ['E4-04', 'E5-04'], disabled: ['E9-01'] };
    const { scored, toPrepare } = auditRequirements(profile);
    expect(scored.map((r) => r.id)).toContain('E4-04');
    expect(scored.map((r) => r.id)).not.toContain('E9-01');
    expect(scored).toHaveLength(42);
    expect(toPrepare.map((r) => r.id)).toContain('E5-04');
  });
});

describe('predictAudit', () => {
  it('predicts 0 % from a tracker whose rows match nothing, naming each element short', () => {
    const p = predict([
      { requirement: null, status: 'ready' },
      { requirement: null, status: 'ready' },
    ]);
    expect(p).toMatchObject({ by: 'requirements', percent: 0, pass: false, coverage: { applicable: 42, ready: 0, gap: 0, missing: 42 } });
    expect(p.reasons[0]).toBe(
      'Predicted score is 0.0 %, below the 80 % pass mark: 0 of 42 requirements ready; 42 with no row, clip or sheet (E1 3, E2 6, E3 4, E4 3, E5 4, E6 6, E7 6, E8 6, E9 4).',
    );
    expect(p.reasons[4]).toBe('E4 Inspections is at 0.0 %, below the 50 % every element needs: 3 of 3 requirements with no row, clip or sheet.');
    expect(p.reasons).toHaveLength(10);
  });

  it('makes a requirement ready only when every applicable row matched to it is ready', () => {
    const p = predict([
      { requirement: 'E4-01', status: 'ready' },
      { requirement: 'E4-02', status: 'ready' },
      { requirement: 'E4-02', status: 'gap' },
      { requirement: 'E4-05', status: 'ready' },
      { requirement: 'E4-05', status: 'n/a' },
    ]);
    expect(p.elements.find((e) => e.id === 'E4')).toEqual({ id: 'E4', name: 'Inspections', applicable: 3, ready: 2, gap: 1, missing: 0, percent: 66.7 });
  });

  it('takes a requirement whose rows are all N/A out of the element, as a reviewer removes an N/A question', () => {
    const p = predict([
      { requirement: 'E9-01', status: 'n/a' },
      { requirement: 'E9-02', status: 'ready' },
    ]);
    expect(p.elements.find((e) => e.id === 'E9')).toMatchObject({ applicable: 3, ready: 1, missing: 2, percent: 33.3 });
  });

  it('does not score rows matched to proposals left off, nor to interview-only requirements', () => {
    const p = predict([
      { requirement: 'E4-04', status: 'gap' },
      { requirement: 'E1-03', status: 'gap' },
    ]);
    expect(p.coverage).toMatchObject({ applicable: 42, gap: 0, missing: 42 });
    expect(p.toPrepare).toContain('E1-03');
  });

  it(`passes with ${PASS_OVERALL_PERCENT} % or more overall and every element at exactly ${PASS_ELEMENT_PERCENT} %`, () => {
    // E2 has 6 requirements: 3 missing leaves it at 50 %; overall 39 of 42.
    const p = predict(allReadyExcept('E2-01', 'E2-02', 'E2-03'));
    expect(p.elements.find((e) => e.id === 'E2')!.percent).toBe(50);
    expect(p).toMatchObject({ percent: 92.9, pass: true, reasons: [] });
  });

  it('fails when one element is under 50 % whatever the total', () => {
    const p = predict(allReadyExcept('E2-01', 'E2-02', 'E2-03', 'E2-04'));
    expect(p.percent).toBe(90.5);
    expect(p.reasons).toEqual([
      'E2 Hazard identification & assessment is at 33.3 %, below the 50 % every element needs: 4 of 6 requirements with no row, clip or sheet.',
    ]);
  });

  it('fails just under 80 % overall with every element at 50 % or more, counting what is missing per element', () => {
    // 34 of 42 is 81.0 %; 33 of 42 is 78.6 %.
    const nine = ['E2-01', 'E2-02', 'E6-01', 'E6-02', 'E7-01', 'E7-02', 'E8-01', 'E8-02', 'E5-01'];
    expect(predict(allReadyExcept(...nine.slice(1))).pass).toBe(true);
    const p = predict(allReadyExcept(...nine));
    expect(p.percent).toBe(78.6);
    expect(p.reasons).toEqual([
      'Predicted score is 78.6 %, below the 80 % pass mark: 33 of 42 requirements ready; 9 with no row, clip or sheet (E2 2, E5 1, E6 2, E7 2, E8 2).',
    ]);
  });

  it('counts a gap row as a gap, not as missing', () => {
    const p = predict([...allReadyExcept('E1-01'), { requirement: 'E1-01', status: 'gap' }]);
    expect(p.elements.find((e) => e.id === 'E1')).toMatchObject({ ready: 2, gap: 1, missing: 0, percent: 66.7 });
    expect(p.pass).toBe(true);
  });

  it('says an element whose requirements all have rows is short by its gaps', () => {
    const p = predict([...allReadyExcept('E4-01', 'E4-02', 'E4-05'), ...['E4-01', 'E4-02', 'E4-05'].map((id): Row => ({ requirement: id, status: 'gap' }))]);
    expect(p.reasons).toEqual(['E4 Inspections is at 0.0 %, below the 50 % every element needs: 3 of 3 requirements with a gap.']);
  });

  it('has no score and fails when the team switched every requirement off', () => {
    const p = predict([], { profile: { ...DEFAULT_PROFILE, disabled: REFERENCE_CHECKLIST.map((r) => r.id) } });
    expect(p).toMatchObject({ percent: null, pass: false, toPrepare: [] });
    expect(p.reasons).toEqual(['No requirement of elements 1 to 9 applies: the team switched them all off or marked them N/A.']);
    expect(p.elements.every((e) => e.percent === null)).toBe(true);
  });

  describe('clips', () => {
    const clip = (requirement: string, recordDate: string | null, item: string | null = null): ClipEvidence => ({
      target: item === null ? { kind: 'requirement', requirement } : { kind: 'item', text: item, row: null, requirement },
      recordDate: recordDate === null ? null : dayFromIso(recordDate)!,
      label: 'certificate',
    });

    it('makes a requirement no row holds ready by a current clip, a gap by a stale or undated one', () => {
      const p = predict([], { clips: [clip('E5-05', '2026-06-01'), clip('E4-02', '2026-06-01'), clip('E6-05', null)] });
      const e5 = p.elements.find((e) => e.id === 'E5')!;
      expect(e5).toMatchObject({ ready: 1, gap: 0, missing: 3 });
      // E4-02 expects an inspection every 30 days: a clip from June is stale by November.
      expect(p.elements.find((e) => e.id === 'E4')).toMatchObject({ ready: 0, gap: 1 });
      expect(p.elements.find((e) => e.id === 'E6')).toMatchObject({ ready: 0, gap: 1 });
    });

    it("leaves a clip counted toward a row to that row's verdict", () => {
      const p = predict([{ requirement: null, status: 'gap', text: 'WHMIS certs' }], { clips: [clip('E5-05', '2026-06-01', 'WHMIS certs')] });
      expect(p.elements.find((e) => e.id === 'E5')).toMatchObject({ ready: 0, missing: 4 });
    });
  });

  describe('a points tracker', () => {
    it('is predicted from its points, with the requirements it covers beside them', () => {
      const p = predict(
        [
          { requirement: 'E1-01', status: 'ready', points: { available: 4, earned: 4 } },
          { requirement: 'E3-01', status: 'gap', points: { available: 4, earned: 4 } },
          { requirement: 'E3-03', status: 'ready', points: { available: 2, earned: 2 } },
        ],
        { byPoints: true },
      );
      // Points: E1 4/4, E3 2/6 = 33.3 %; overall 6/10.
      expect(p).toMatchObject({ by: 'points', percent: 60, pass: false, coverage: { applicable: 42, ready: 2, gap: 1, missing: 39, percent: 4.8 } });
      expect(p.elements.find((e) => e.id === 'E3')).toMatchObject({ applicable: 4, ready: 1, gap: 1, missing: 2, percent: 33.3 });
      expect(p.elements.find((e) => e.id === 'E4')!.percent).toBeNull();
      expect(p.reasons).toEqual([
        'Predicted score is 60.0 %, below the 80 % pass mark: 6 of 10 points earned.',
        'E3 Hazard control is at 33.3 %, below the 50 % every element needs.',
      ]);
    });
  });
});

describe('predictAudit over the workbook', () => {
  const log = (requirement: string, finding: 'ready' | 'gap') => ({
    requirement,
    sheet: 'Site Inspections',
    kind: 'activity-log' as const,
    finding,
    summary: finding === 'ready' ? '12 of 12 months' : '11 of 12 months; no inspection in July 2026',
    rows: [4],
    latest: TODAY,
  });

  it("counts another sheet as evidence for a requirement no row holds, and names where each requirement's evidence comes from", () => {
    const items = allReadyExcept('E4-02').map((row, i) => judgedItemOf(judged(row), i));
    const without = predictAudit({ items, clips: [], readiness: scoreReadiness(items, false), profile: DEFAULT_PROFILE, today: TODAY });
    expect(without.coverage).toMatchObject({ ready: 41, missing: 1 });
    const p = predictAudit({
      items,
      clips: [],
      readiness: scoreReadiness(items, false),
      profile: DEFAULT_PROFILE,
      today: TODAY,
      sheetEvidence: [log('E4-02', 'ready')],
      checklistSheet: 'Tracker',
    });
    expect(p.coverage).toMatchObject({ ready: 42, missing: 0 });
    expect(p.evidence.find((e) => e.requirement === 'E4-02')).toEqual({
      requirement: 'E4-02',
      finding: 'ready',
      sources: [{ sheet: 'Site Inspections', kind: 'activity-log', finding: 'ready', summary: '12 of 12 months', rows: [4] }],
    });
    expect(p.evidence.find((e) => e.requirement === 'E1-01')).toEqual({
      requirement: 'E1-01',
      finding: 'ready',
      sources: [{ sheet: 'Tracker', kind: 'checklist', finding: 'ready', summary: 'row 2', rows: [2] }],
    });
  });

  it('keeps a requirement a gap when any of its sources has one, though its row is ready', () => {
    const p = predict(allReadyExcept());
    expect(p.coverage.gap).toBe(0);
    const items = allReadyExcept().map((row, i) => judgedItemOf(judged(row), i));
    const withLog = predictAudit({
      items,
      clips: [],
      readiness: scoreReadiness(items, false),
      profile: DEFAULT_PROFILE,
      today: TODAY,
      sheetEvidence: [log('E4-02', 'gap')],
    });
    expect(withLog.coverage).toMatchObject({ ready: 41, gap: 1 });
    expect(withLog.evidence.find((e) => e.requirement === 'E4-02')!.sources.map((s) => [s.kind, s.finding])).toEqual([
      ['checklist', 'ready'],
      ['activity-log', 'gap'],
    ]);
  });
});
