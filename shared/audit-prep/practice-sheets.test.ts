import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates.ts';
import { interviewQuestion } from './interview-questions.ts';
import { practisedIds, questionChoice, readPracticeLog, readSiteWalk, readYesNo } from './practice-sheets.ts';
import { predictInterviews, predictObservations } from './practice-scoring.ts';

const READING = { order: 'month-first' as const };
const TODAY = dayFromIso('2026-11-26')!;

describe('readYesNo', () => {
  it('reads what teams type for yes and no, and nothing else', () => {
    expect(['Yes', ' y ', true, '✓', 'X', 1, 'ok'].map(readYesNo)).toEqual([true, true, true, true, true, true, true]);
    expect(['No', 'n', false, 0, 'missing'].map(readYesNo)).toEqual([false, false, false, false, false]);
    expect(['', 'maybe', 2, null].map((c) => readYesNo(c as never))).toEqual([null, null, null, null]);
  });
});

describe('practisedIds', () => {
  it('takes the dropdown choice, an id typed, several ids, or the question typed out', () => {
    const q = interviewQuestion('E1-03.w')!;
    expect(practisedIds(questionChoice(q))).toEqual(['E1-03.w']);
    expect(practisedIds('e1-03.w: policy')).toEqual(['e1-03.w']);
    expect(practisedIds('E1-03, E2-02.w; E7-01')).toEqual(['E1-03', 'E2-02.w', 'E7-01']);
    expect(practisedIds(`  ${q.question.toUpperCase()}  `)).toEqual(['E1-03.w']);
    expect(practisedIds('')).toEqual([]);
  });
});

describe('readPracticeLog', () => {
  it('reads messy lines, leaves out half-filled ones saying why, and feeds the interview score', () => {
    const q = questionChoice(interviewQuestion('E1-03.w')!);
    const { rows, skipped } = readPracticeLog(
      [
        { row: 2, date: '11/20/2026', person: 'Ana Lopez', question: q, answeredWell: 'Yes' },
        { row: 3, date: new Date(Date.UTC(2026, 10, 21)), person: ' ana  lopez', question: 'E1-03.w', answeredWell: 'n' },
        { row: 4, date: '', person: 'Mike T.', question: q, answeredWell: true },
        { row: 5, date: '', person: '', question: '', answeredWell: '' },
        { row: 6, date: '', person: 'Raj', question: q, answeredWell: 'sort of' },
        { row: 7, date: '', person: '', question: q, answeredWell: 'yes' },
      ],
      READING,
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ worker: 'Ana Lopez', date: dayFromIso('2026-11-20'), practised: ['E1-03.w'], answeredWell: true });
    expect(skipped).toEqual([
      { row: 6, why: 'answered well is not yes or no' },
      { row: 7, why: 'no person named' },
    ]);
    // Ana's latest practice (the 21st) did not go well; Mike's did: 1 of 2.
    const e103 = predictInterviews(rows).predictions.find((p) => p.requirement === 'E1-03')!;
    expect(e103).toMatchObject({ workers: 2, answeredWell: 1, percent: 50, finding: 'gap' });
  });
});

describe('readSiteWalk', () => {
  const line = (
    row: number,
    key: string,
    inPlace: string,
    extra: Partial<{ finding: string; walkedOn: string; walkedBy: string; requirement: string; look: string }> = {},
  ) => ({
    row,
    key,
    requirement: extra.requirement ?? '',
    look: extra.look ?? '',
    inPlace,
    finding: extra.finding ?? '',
    walkedOn: extra.walkedOn ?? '',
    walkedBy: extra.walkedBy ?? '',
  });

  it('scores what was walked, turns what was not in place into dated actions, and leaves out words it cannot read', () => {
    const read = readSiteWalk(
      [
        line(2, 'E3-02.1', 'Yes'),
        line(3, 'E3-02.2', 'No', { finding: 'Railing missing on mezzanine', walkedOn: '2026-11-20', walkedBy: 'Gary Ward' }),
        line(4, 'E3-04.1', 'N/A'),
        line(5, 'E1-08.1', ''),
        line(6, 'HA.1', 'no', { requirement: 'E3-04', look: 'In place: Face shield at the grinder' }),
        line(7, 'E9-02.1', 'later'),
        line(8, '', 'Yes'),
      ],
      { ...READING, today: TODAY },
    );
    expect(read.findings).toEqual([
      { item: 'E3-02.1', inPlace: true },
      { item: 'E3-02.2', inPlace: false },
      { item: 'E3-04.1', inPlace: null },
      { item: 'HA.1', inPlace: false },
    ]);
    expect(read.skipped).toEqual([{ row: 7, why: 'In place says "later", not Yes, No or N/A' }]);
    expect(read.actions.map((a) => [a.key, a.requirement, a.element, a.owner, a.source, a.due - TODAY])).toEqual([
      ['site walk | E3-02.2', 'E3-02', 'E3', 'Gary Ward', 'Site walk 2026-11-20', 24],
      ['site walk | HA.1', 'E3-04', 'E3', '', 'Site walk', 30],
    ]);
    expect(read.actions[0]!.item).toMatch(/Found: Railing missing on mezzanine$/);
    const scored = predictObservations(read.walk, read.findings).predictions;
    expect(scored.find((p) => p.requirement === 'E3-02')).toMatchObject({ sampled: 2, inPlace: 1, percent: 50, finding: 'gap' });
    expect(scored.find((p) => p.requirement === 'E3-04')).toMatchObject({ sampled: 1, inPlace: 0 });
    expect(scored.find((p) => p.requirement === 'E1-08')).toMatchObject({ finding: 'not walked' });
  });
});
