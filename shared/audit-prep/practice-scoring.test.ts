import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates.ts';
import { buildSiteWalk } from './observation-items.ts';
import { type PracticeLogRow, READY_SHARE, predictInterviews, predictObservations } from './practice-scoring.ts';

const day = (iso: string) => dayFromIso(iso)!;
const row = (worker: string, date: string | null, practised: string[], answeredWell: boolean): PracticeLogRow => ({
  worker,
  date: date === null ? null : day(date),
  practised,
  answeredWell,
});

describe('predictInterviews', () => {
  it('states its ready share as a proposal, with the reason', () => {
    expect(READY_SHARE).toMatchObject({ percent: 80, status: 'proposal' });
  });

  it('lists every interview requirement, not practised until a row names it', () => {
    const { predictions, unknown } = predictInterviews([]);
    expect(predictions.map((p) => p.requirement)).toEqual(['E1-03', 'E1-05', 'E1-06', 'E1-07', 'E2-04', 'E4-05', 'E5-03', 'E5-04', 'E6-02', 'E7-08']);
    expect(predictions.every((p) => p.finding === 'not practised' && p.percent === null && p.workers === 0)).toBe(true);
    expect(unknown).toEqual([]);
  });

  it('scores the share of people who answered well, each counted once by their latest practice', () => {
    const log = [
      row('Ann', '2026-10-01', ['E7-08'], false),
      row('Bo', '2026-10-01', ['E7-08.w', 'E1-03'], true),
      row('Cy', '2026-10-02', ['e7-08.W'], true),
      row('Dee', '2026-10-02', ['E7-08'], true),
      row('Eve', '2026-10-02', ['E7-08'], false),
      // Ann practised again and got it: her latest answer is the one that counts.
      row(' ann ', '2026-11-01', ['E7-08'], true),
    ];
    const e708 = predictInterviews(log).predictions.find((p) => p.requirement === 'E7-08')!;
    expect(e708).toEqual({ requirement: 'E7-08', workers: 5, answeredWell: 4, percent: 80, finding: 'ready' });
    const e103 = predictInterviews(log).predictions.find((p) => p.requirement === 'E1-03')!;
    expect(e103).toMatchObject({ workers: 1, answeredWell: 1, percent: 100, finding: 'ready' });
  });

  it('calls a share under the ready share a gap', () => {
    const log = [row('Ann', '2026-10-01', ['E5-04'], true), row('Bo', '2026-10-01', ['E5-04'], false), row('Cy', '2026-10-01', ['E5-04'], true)];
    expect(predictInterviews(log, { requirements: ['E5-04'] }).predictions).toEqual([
      { requirement: 'E5-04', workers: 3, answeredWell: 2, percent: 66.7, finding: 'gap' },
    ]);
  });

  it('orders an earlier-dated row written later below the latest, and undated rows by their place', () => {
    const log = [row('Ann', '2026-11-01', ['E1-05'], true), row('Ann', '2026-09-01', ['E1-05'], false)];
    expect(predictInterviews(log, { requirements: ['E1-05'] }).predictions[0]).toMatchObject({ answeredWell: 1 });
    const undated = [row('Ann', null, ['E1-05'], true), row('Ann', null, ['E1-05'], false)];
    expect(predictInterviews(undated, { requirements: ['E1-05'] }).predictions[0]).toMatchObject({ answeredWell: 0 });
  });

  it('reports ids it does not know (a typo, a documents-only requirement) and counts nothing for them', () => {
    const { predictions, unknown } = predictInterviews([row('Ann', '2026-10-01', ['E1-01', 'E7-8', 'E7-08.x', 'E7-08'], true)]);
    expect(unknown).toEqual([
      { index: 0, id: 'E1-01' },
      { index: 0, id: 'E7-8' },
      { index: 0, id: 'E7-08.x' },
    ]);
    expect(predictions.filter((p) => p.workers > 0).map((p) => p.requirement)).toEqual(['E7-08']);
  });
});

describe('predictObservations', () => {
  const walk = buildSiteWalk({ controls: ['Guard on the table saw', 'Safety glasses at the grinder'] });

  it('lists every observation requirement, not walked until something of it is sampled', () => {
    const { predictions } = predictObservations(walk, []);
    expect(predictions.map((p) => p.requirement)).toEqual(['E1-08', 'E3-01', 'E3-02', 'E3-03', 'E3-04', 'E4-03', 'E6-06', 'E9-02']);
    expect(predictions.every((p) => p.finding === 'not walked')).toBe(true);
  });

  it("scores the share of sampled items found in place, the team's controls counted under their requirement", () => {
    const { predictions, unknown } = predictObservations(walk, [
      { item: 'E3-02.1', inPlace: true },
      { item: 'E3-02.2', inPlace: null },
      { item: 'HA.1', inPlace: false },
      { item: 'E3-04.1', inPlace: true },
      { item: 'E3-04.2', inPlace: true },
      { item: 'HA.2', inPlace: true },
      { item: 'E6-06.1', inPlace: false },
      // Fixed during the walk and looked at again: the last finding stands.
      { item: 'E6-06.1', inPlace: true },
      { item: 'E6-01.1', inPlace: false },
    ]);
    expect(unknown).toEqual([]);
    const by = new Map(predictions.map((p) => [p.requirement, p]));
    expect(by.get('E3-02')).toEqual({ requirement: 'E3-02', sampled: 2, inPlace: 1, percent: 50, finding: 'gap' });
    expect(by.get('E3-04')).toEqual({ requirement: 'E3-04', sampled: 3, inPlace: 3, percent: 100, finding: 'ready' });
    expect(by.get('E6-06')).toMatchObject({ sampled: 1, inPlace: 1, finding: 'ready' });
    // E6-01 is scored from its document: its walk finding is an action, not an observation score.
    expect(by.has('E6-01')).toBe(false);
  });

  it('reports findings on items the walk does not have', () => {
    expect(predictObservations(walk, [{ item: 'HA.9', inPlace: true }]).unknown).toEqual([{ index: 0, id: 'HA.9' }]);
  });
});
