import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../shared/index.ts';
import { listSheets, logLine, matrixLine, registerLine, sheetsJson } from './sheet-list.ts';

const judging = { today: dayFromIso('2026-11-26')!, slashOrder: 'month-first' as const };

const training = {
  name: 'Training',
  grid: [
    ['Worker', 'First Aid', 'WHMIS', 'H2S'],
    ['Ray', '2027-01-02', '2026-05-01', 'N/A'],
  ],
};
const toolbox = {
  name: 'Toolbox',
  grid: [
    ['Date', 'Topic', 'Presented by'],
    ['2026-01-06', 'Cold stress', 'Mike'],
    ['2026-01-20', 'Ladders', 'Mike'],
    ['2026-02-03', 'Anchors', 'Gary'],
  ],
};

describe('the sheets of a file', () => {
  it("names a CSV's one sheet after its file, and keeps the words for people out of the JSON", () => {
    const listings = listSheets('exports/Crew tickets.csv', [{ name: null, grid: training.grid }], judging);
    expect(listings[0]).toMatchObject({ name: 'Crew tickets', kind: 'training-matrix', described: 'a training matrix (workers x tickets)' });
    expect(sheetsJson(listings)[0]).not.toHaveProperty('described');
    expect(sheetsJson(listSheets('w.xlsx', [toolbox], judging))[0]).toMatchObject({ kind: 'activity-log', activity: 'meetings' });
  });

  it("judges a training matrix's cells as of the scan's day, and says them in one line", () => {
    const [listing] = sheetsJson(listSheets('w.xlsx', [training], judging));
    expect(listing!.matrix).toEqual({
      workers: ['Ray'],
      left: [],
      courses: ['First Aid', 'WHMIS', 'H2S'],
      cells: [
        {
          row: 2,
          column: 'B',
          worker: 'Ray',
          course: 'First Aid',
          canonical: 'First Aid',
          verdict: 'current',
          expires: '2027-01-02',
          taken: null,
          reason: 'First Aid valid until 2027-01-02',
        },
        // The header says neither expiry nor completion and the one date is past: a completion, plus WHMIS's year.
        {
          row: 2,
          column: 'C',
          worker: 'Ray',
          course: 'WHMIS',
          canonical: 'WHMIS',
          verdict: 'current',
          expires: '2027-05-01',
          taken: '2026-05-01',
          reason: 'WHMIS completed 2026-05-01, valid 1 year (usual, to confirm): expires 2027-05-01',
        },
        { row: 2, column: 'D', worker: 'Ray', course: 'H2S', canonical: 'H2S', verdict: 'n/a', expires: null, taken: null, reason: 'H2S: N/A' },
      ],
      counts: { current: 2, expiring: 0, expired: 0, missing: 0, na: 1 },
    });
    expect(matrixLine(listing!.matrix!)).toBe('1 worker x 3 courses: 2 current, 0 expiring, 0 expired, 0 missing, 1 n/a');
    const crew = sheetsJson(
      listSheets(
        'w.xlsx',
        [
          {
            name: 'T',
            grid: [
              ['Worker', 'First Aid exp', 'WHMIS exp', 'H2S'],
              ['Ray Dumont', '2026-09-14', '2027-01-02', '2027-02-02'],
              ['Ana', '2027-09-14', '2027-01-02', ''],
              ['Bo', '2027-09-14', '2027-01-02', '2027-03-03'],
            ],
          },
        ],
        judging,
      ),
    )[0]!;
    expect(matrixLine(crew.matrix!)).toBe(
      '3 workers x 3 courses: 7 current, 0 expiring, 1 expired, 1 missing, 0 n/a. Ray Dumont: First Aid exp expired 2026-09-14; Ana: H2S missing',
    );
    expect(sheetsJson(listSheets('w.xlsx', [toolbox], judging))[0]).not.toHaveProperty('matrix');
  });

  it("judges a document register's documents as of the scan's day, days as YYYY-MM-DD, and says them in one line", () => {
    const docs = {
      name: 'Doc register',
      grid: [
        ['Doc #', 'Document', 'Rev', 'Rev. date', 'Review every (months)', 'Next review', 'Where kept'],
        ['HS-001', 'Health & Safety Policy', 'D', '2026-02-03', '12', '2027-02-03', 'office wall'],
        ['HS-003', 'Hazard Assessment - roofing tasks', 'B', '2025-10-01', '12', '2026-10-01', 'Drive'],
        ['HS-006', 'Ladder SWP (superseded)', 'A', '2019-05-06', '36', '', 'Archive'],
      ],
    };
    const [listing] = sheetsJson(listSheets('w.xlsx', [docs], judging));
    expect(listing!.register!.documents[0]).toEqual({
      row: 2,
      docNumber: 'HS-001',
      title: 'Health & Safety Policy',
      revision: 'D',
      revised: '2026-02-03',
      nextReview: '2027-02-03',
      reviewEveryDays: 365,
      requirement: 'E1-01',
      candidates: [],
      retired: false,
      readiness: 'ready',
      gaps: [],
      warnings: [],
      reason: 'Reviewed 2026-02-03, next review 2027-02-03.',
    });
    expect(listing!.register!.counts).toEqual({ ready: 1, gap: 1, retired: 1, unmatched: 0 });
    expect(listing).toMatchObject({
      evidence: [
        { requirement: 'E1-01', finding: 'ready', latest: '2026-02-03' },
        { requirement: 'E2-01', finding: 'gap', latest: '2025-10-01' },
        { requirement: 'E8-05', finding: 'gap', latest: '2026-02-03' },
      ],
    });
    expect(registerLine(listing!.register!)).toBe('3 documents: 1 ready, 1 with a gap, 1 retired, 0 unmatched. HS-003: overdue');
    expect(sheetsJson(listSheets('w.xlsx', [training], judging))[0]).not.toHaveProperty('register');
  });

  it("judges a log's rows as of the scan's day, days as YYYY-MM-DD, and says them in one line", () => {
    const [listing] = sheetsJson(listSheets('w.xlsx', [toolbox], judging));
    const log = listing!.log!;
    expect(log.events[0]).toEqual({
      row: 2,
      day: '2026-01-06',
      site: null,
      type: null,
      equipment: null,
      who: 'Mike',
      description: 'Cold stress',
      findings: null,
      correctiveAction: null,
      investigation: null,
      due: null,
      closed: false,
      closedOn: null,
    });
    expect(log.coverage).toMatchObject({ requirement: 'E8-01', unit: 'months', first: '2026-01-06', covered: 2, of: 10, sites: [] });
    expect(log.coverage!.missedPeriods).toBe('March, April, May, June, July, August, September, October 2026');
    expect(log.coverage!.periods[1]).toEqual({ period: 'January 2026', start: '2026-01-01', end: '2026-01-31', status: 'covered', rows: [2, 3] });
    expect(listing!.evidence).toEqual([
      {
        requirement: 'E8-01',
        sheet: 'Toolbox',
        kind: 'activity-log',
        finding: 'gap',
        summary:
          '2 of 10 months since the log began in January 2026; no safety meeting or toolbox talk in March, April, May, June, July, August, September, October 2026; none yet in November 2026',
        rows: [2, 3, 4],
        latest: '2026-02-03',
      },
    ]);
    expect(logLine(log, listing!.evidence!)).toBe(`3 events. E8-01 gap: ${listing!.evidence![0]!.summary}`);
    expect(listing).not.toHaveProperty('matrix');
  });
});
