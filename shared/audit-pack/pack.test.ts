import { describe, expect, it } from 'vitest';
import type { ActionLine } from '../action-lines.ts';
import type { ClipEvidence } from '../clips.ts';
import { dayFromIso } from '../dates.ts';
import { evaluateTracker } from '../evaluate.ts';
import { DEFAULT_PROFILE } from '../profile.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';
import { GAP_FOLLOW_UP_DAYS, gapActions } from '../action-lines.ts';
import { type EvidencePlace, type PackRequirement, buildAuditPack } from './pack.ts';

const TODAY = dayFromIso('2026-11-26')!;
const GRID = [
  ['Requirement', 'Evidence', 'Date', 'Owner', 'Next due'],
  ['E1-01 Health and safety policy signed by the owner', 'Policy binder, signed by Zoë Côté', '2026-03-02', 'Zoë', ''],
  ['E2-02 Each hazard assessment shows the date prepared or revised', 'FLHA forms', '2024-01-10', 'Ana', ''],
  ['E4-02 Inspections', '', '', '', '2027-01-31'],
  ['E6-05 Drills', '', '', 'Sam', ''],
];
const CLIPS: ClipEvidence[] = [
  { target: { kind: 'item', text: 'e6-05 drills', row: 5, requirement: 'E6-05' }, recordDate: dayFromIso('2026-10-15'), label: 'Fire drill record, October' },
  { target: { kind: 'requirement', requirement: 'E8-01' }, recordDate: dayFromIso('2026-11-02'), label: 'Safety meeting minutes' },
];
const SHEETS: SheetEvidence[] = [
  {
    requirement: 'E5-03',
    sheet: 'Training',
    kind: 'training-matrix',
    finding: 'ready',
    summary: '12 of 12 tickets current',
    rows: [9, 4],
    latest: dayFromIso('2026-09-14'),
  },
  { requirement: 'E4-05', sheet: 'Inspections', kind: 'activity-log', finding: 'gap', summary: '10 of 12 months', rows: [], latest: null },
];

/** Links as the add-on makes them, in a shape a test can read. */
const link = (place: EvidencePlace) => (place.kind === 'row' ? `sheet:${place.sheet}!A${place.row}` : `clip:${place.clip.label}`);

function pack(actions?: ActionLine[]) {
  const result = evaluateTracker(GRID, { today: TODAY, sheetName: 'Tracker', clips: CLIPS, sheetEvidence: SHEETS });
  if (!result.ok) throw new Error(result.error.message);
  const { items, prediction } = result.evaluation;
  return buildAuditPack({
    team: 'Côté Roofing',
    today: TODAY,
    profile: DEFAULT_PROFILE,
    prediction,
    items,
    checklistSheet: 'Tracker',
    clips: CLIPS,
    sheetEvidence: SHEETS,
    actions: actions ?? gapActions(items, TODAY, DEFAULT_PROFILE),
    link,
  });
}
const requirement = (id: string): PackRequirement =>
  pack()
    .elements.flatMap((e) => e.requirements)
    .find((r) => r.id === id)!;

describe('buildAuditPack', () => {
  it('gives a ready row its evidence, date, sheet and row, and its link', () => {
    expect(requirement('E1-01')).toEqual({
      id: 'E1-01',
      text: 'Written H&S policy is current and signed and dated by the owner',
      finding: 'ready',
      evidence: [
        { label: 'Policy binder, signed by Zoë Côté', date: '2026-03-02', where: 'Tracker, row 2', link: 'sheet:Tracker!A2', finding: 'ready', note: '' },
      ],
      noEvidence: null,
    });
  });

  it('names the gap of a stale row, and a row with no evidence by its item', () => {
    expect(requirement('E2-02').evidence).toEqual([
      { label: 'FLHA forms', date: '2024-01-10', where: 'Tracker, row 3', link: 'sheet:Tracker!A3', finding: 'gap', note: 'Stale evidence' },
    ]);
    expect(requirement('E4-02')).toMatchObject({
      finding: 'gap',
      evidence: [{ label: 'E4-02 Inspections (no evidence entered)', date: null, where: 'Tracker, row 4', note: 'Missing evidence' }],
    });
  });

  it("lists a row's clips under it, each linked to its snapshot, and a clip saved against a requirement no row holds", () => {
    expect(requirement('E6-05')).toMatchObject({
      finding: 'ready',
      evidence: [
        { label: 'Fire drill record, October', date: '2026-10-15', where: 'Tracker, row 5', link: 'sheet:Tracker!A5' },
        { label: 'Fire drill record, October', date: '2026-10-15', where: 'Evidence sheet (clip)', link: 'clip:Fire drill record, October', finding: 'ready' },
      ],
    });
    expect(requirement('E8-01')).toMatchObject({
      finding: 'ready',
      evidence: [{ label: 'Safety meeting minutes', date: '2026-11-02', where: 'Evidence sheet (clip)', link: 'clip:Safety meeting minutes' }],
    });
  });

  it("shows an evidence sheet's summary with its newest record, its rows and a link to the first", () => {
    expect(requirement('E5-03').evidence).toEqual([
      {
        label: 'Training matrix: 12 of 12 tickets current',
        date: '2026-09-14',
        where: 'Training, rows 4, 9',
        link: 'sheet:Training!A4',
        finding: 'ready',
        note: '',
      },
    ]);
    expect(requirement('E4-05')).toMatchObject({
      finding: 'gap',
      evidence: [{ label: 'Log: 10 of 12 months', date: null, where: 'Inspections', link: null, finding: 'gap', note: 'not all current' }],
    });
  });

  it('gives every ready requirement an evidence line, and says so where there is none', () => {
    const all = pack().elements.flatMap((e) => e.requirements);
    for (const r of all.filter((r) => r.finding === 'ready')) expect(r.evidence.length, r.id).toBeGreaterThan(0);
    const none = all.filter((r) => r.evidence.length === 0);
    expect(none.length).toBeGreaterThan(20);
    for (const r of none) expect(r).toMatchObject({ finding: 'missing', noEvidence: 'No evidence: no tracker row, clip or evidence sheet covers it yet.' });
  });

  it('carries the prediction: the verdict, the score and a bar per element, E1 to E9', () => {
    const built = pack();
    expect(built).toMatchObject({ team: 'Côté Roofing', date: '2026-11-26', pass: false });
    expect(built.elements.map((e) => e.id)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9']);
    const e1 = built.elements[0]!;
    expect(e1.bar).toBeCloseTo(e1.percent! / 100);
    for (const e of built.elements) expect(e.bar).toBeGreaterThanOrEqual(0);
    expect(built.reasons.length).toBeGreaterThan(0);
  });

  it("lists the open actions soonest first, an overdue one flagged; the scan's gaps when no plan is given", () => {
    const built = pack();
    expect(built.actions.map((a) => [a.requirement, a.gap, a.due, a.owner])).toEqual([
      ['E2-02', 'Stale evidence', '2026-12-26', 'Ana'],
      ['E4-02', 'Missing evidence', '2027-01-31', ''],
    ]);
    const finding: ActionLine = {
      key: 'f3',
      requirement: 'E7-02',
      element: '7',
      trackerRow: null,
      item: 'Root causes missing',
      gap: 'Audit finding',
      suggested: 'Use the investigation form',
      owner: 'Sam',
      due: TODAY - 1,
      source: '2026 audit, finding 3',
    };
    expect(pack([finding]).actions).toEqual([
      {
        requirement: 'E7-02',
        item: 'Root causes missing',
        gap: 'Audit finding',
        suggested: 'Use the investigation form',
        owner: 'Sam',
        due: '2026-11-25',
        source: '2026 audit, finding 3',
        overdue: true,
      },
    ]);
  });
});

describe('gapActions', () => {
  it("proposes the row's own later due date, else a follow-up after today", () => {
    const result = evaluateTracker(GRID, { today: TODAY });
    if (!result.ok) throw new Error(result.error.message);
    const lines = gapActions(result.evaluation.items, TODAY, DEFAULT_PROFILE);
    expect(lines.find((l) => l.requirement === 'E2-02')).toMatchObject({
      trackerRow: 3,
      due: TODAY + GAP_FOLLOW_UP_DAYS,
      source: 'Tracker gap',
      key: 'E2-02 Each hazard assessment shows the date prepared or revised\u2002|\u2002stale',
    });
    expect(lines.find((l) => l.requirement === 'E4-02')!.due).toBe(dayFromIso('2027-01-31'));
  });
});
