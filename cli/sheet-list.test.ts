import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../shared/index.ts';
import { listSheets, logLine, matrixLine, notScannedYet, sheetsJson } from './sheet-list.ts';

const judging = { today: dayFromIso('2026-11-26')!, slashOrder: 'month-first' as const };

const training = { name: 'Training', grid: [['Worker', 'First Aid', 'WHMIS', 'H2S'], ['Ray', '2027-01-02', '2026-05-01', 'N/A']] };
const toolbox = { name: 'Toolbox', grid: [['Date', 'Topic', 'Presented by'], ['2026-01-06', 'Cold stress', 'Mike'], ['2026-01-20', 'Ladders', 'Mike'], ['2026-02-03', 'Anchors', 'Gary']] };
const contacts = { name: 'Contacts', grid: [['Name', 'Company', 'Phone'], ['ABC Supply', 'Shingles', '403-555-0111']] };
const tracker = { name: 'SECOR', grid: [['Requirement', 'Evidence'], ['Signed safety policy', 'policy.pdf']] };

describe('the sheets of a file', () => {
  it('names a CSV\'s one sheet after its file, and keeps the words for people out of the JSON', () => {
    const listings = listSheets('exports/Crew tickets.csv', [{ name: null, grid: training.grid }], judging);
    expect(listings[0]).toMatchObject({ name: 'Crew tickets', kind: 'training-matrix', described: 'a training matrix (workers x tickets)' });
    expect(sheetsJson(listings)[0]).not.toHaveProperty('described');
    expect(sheetsJson(listSheets('w.xlsx', [toolbox], judging))[0]).toMatchObject({ kind: 'activity-log', activity: 'meetings' });
  });

  it('says what every sheet is when none reads as a checklist but some hold other evidence', () => {
    expect(notScannedYet('w.xlsx', listSheets('w.xlsx', [training, toolbox, contacts], judging))).toBe(
      'w.xlsx: Sheet "Training" reads as a training matrix (workers x tickets); sheet "Toolbox" reads as an activity log of safety meetings and toolbox talks (one row per event); sheet "Contacts" reads as not safety evidence: matrices and logs are not scanned yet. Scan a checklist tracker (one row per requirement, with its evidence), or map this sheet\'s columns yourself: --column requirement=LETTER --column evidence=LETTER.',
    );
  });

  it('leaves the message to the layout when a sheet reads as a checklist, or none holds evidence', () => {
    expect(notScannedYet('w.xlsx', listSheets('w.xlsx', [training, tracker], judging))).toBeNull();
    expect(notScannedYet('w.xlsx', listSheets('w.xlsx', [contacts], judging))).toBeNull();
  });

  it('judges a training matrix\'s cells as of the scan\'s day, and says them in one line', () => {
    const [listing] = sheetsJson(listSheets('w.xlsx', [training], judging));
    expect(listing!.matrix).toEqual({
      workers: ['Ray'],
      left: [],
      courses: ['First Aid', 'WHMIS', 'H2S'],
      cells: [
        { row: 2, column: 'B', worker: 'Ray', course: 'First Aid', canonical: 'First Aid', verdict: 'current', expires: '2027-01-02', reason: 'First Aid valid until 2027-01-02' },
        // The header says neither expiry nor completion and the one date is past: a completion, plus WHMIS's year.
        { row: 2, column: 'C', worker: 'Ray', course: 'WHMIS', canonical: 'WHMIS', verdict: 'current', expires: '2027-05-01', reason: 'WHMIS completed 2026-05-01, valid 1 year (usual, to confirm): expires 2027-05-01' },
        { row: 2, column: 'D', worker: 'Ray', course: 'H2S', canonical: 'H2S', verdict: 'n/a', expires: null, reason: 'H2S: N/A' },
      ],
      counts: { current: 2, expiring: 0, expired: 0, missing: 0, na: 1 },
    });
    expect(matrixLine(listing!.matrix!)).toBe('1 workers x 3 courses: 2 current, 0 expiring, 0 expired, 0 missing, 1 n/a');
    const crew = sheetsJson(listSheets('w.xlsx', [{ name: 'T', grid: [['Worker', 'First Aid exp', 'WHMIS exp', 'H2S'], ['Ray Dumont', '2026-09-14', '2027-01-02', '2027-02-02'], ['Ana', '2027-09-14', '2027-01-02', ''], ['Bo', '2027-09-14', '2027-01-02', '2027-03-03']] }], judging))[0]!;
    expect(matrixLine(crew.matrix!)).toBe('3 workers x 3 courses: 7 current, 0 expiring, 1 expired, 1 missing, 0 n/a. Ray Dumont: First Aid exp expired 2026-09-14; Ana: H2S missing');
    expect(sheetsJson(listSheets('w.xlsx', [toolbox], judging))[0]).not.toHaveProperty('matrix');
  });

  it('judges a log\'s rows as of the scan\'s day, days as YYYY-MM-DD, and says them in one line', () => {
    const [listing] = sheetsJson(listSheets('w.xlsx', [toolbox], judging));
    const log = listing!.log!;
    expect(log.events[0]).toEqual({ row: 2, day: '2026-01-06', site: null, type: null, equipment: null, who: 'Mike', description: 'Cold stress', findings: null, correctiveAction: null, investigation: null, due: null, closed: false, closedOn: null });
    expect(log.coverage).toMatchObject({ requirement: 'E8-01', unit: 'months', first: '2026-01-06', covered: 2, of: 10, sites: [] });
    expect(log.coverage!.missedPeriods).toBe('March, April, May, June, July, August, September, October 2026');
    expect(log.coverage!.periods[1]).toEqual({ period: 'January 2026', start: '2026-01-01', end: '2026-01-31', status: 'covered', rows: [2, 3] });
    expect(log.evidence).toEqual([{ requirement: 'E8-01', finding: 'gap', summary: '2 of 10 months since the log began in January 2026; no safety meeting or toolbox talk in March, April, May, June, July, August, September, October 2026; none yet in November 2026', rows: [2, 3, 4], latest: '2026-02-03' }]);
    expect(logLine(log)).toBe(`3 events. E8-01 gap: ${log.evidence[0]!.summary}`);
    expect(listing).not.toHaveProperty('matrix');
  });
});
