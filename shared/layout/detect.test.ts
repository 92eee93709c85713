import { describe, expect, it } from 'vitest';
import type { Grid } from '../cells.ts';
import { detectLayout, findHeaderRow, type Layout, type LayoutResult } from './detect.ts';

function layoutOf(result: LayoutResult): Layout {
  if (!result.ok) throw new Error(`expected a layout, got ${result.error.code}: ${result.error.message}`);
  return result.layout;
}

const ITEMS: Grid = [
  ['E1-01', 'Signed H&S policy', 'https://drive.example.com/policy.pdf', 'Dana', '2026-03-01', 'Done'],
  ['E4-02', 'Monthly site inspections', 'Binder 2, tab 4', 'Lee', '2026-10-15', 'In progress'],
  ['E6-05', 'Emergency drill held', 'drill-2026.pdf', 'Dana', '2026-05-20', 'Done'],
];

describe('findHeaderRow', () => {
  it('finds a header on row 1', () => {
    expect(findHeaderRow([['ID', 'Requirement', 'Evidence', 'Owner'], ...ITEMS])).toBe(0);
  });

  it('finds a header below title rows', () => {
    const grid: Grid = [
      ['Northwind Landscaping: SECOR tracker 2026'],
      ['Prepared by Dana, last updated Nov 2026'],
      [],
      ['ID', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status'],
      ...ITEMS,
    ];
    expect(findHeaderRow(grid)).toBe(3);
  });

  it('gives null when no row names a requirement or evidence column', () => {
    expect(
      findHeaderRow([
        ['Owner', 'Date', 'Status'],
        ['Dana', '2026-01-01', 'Done'],
      ]),
    ).toBeNull();
  });
});

describe('detectLayout', () => {
  describe('header row', () => {
    it('reads a table whose header is not on row 1, below title rows', () => {
      const grid: Grid = [
        ['SECOR readiness tracker'],
        ['Company: Northwind Landscaping Ltd.'],
        ['', ''],
        ['ID', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status'],
        ...ITEMS,
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.headerRow).toBe(3);
      expect(layout.columns).toMatchObject({ id: 0, requirement: 1, evidence: 2, owner: 3, date: 4, status: 5 });
      expect(layout.headers).toEqual(['ID', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status']);
    });

    it('reads header cells with line breaks', () => {
      const grid: Grid = [['Audit\nrequirement', 'Evidence\r\n(link)', 'Person\nresponsible', 'Last\nreviewed'], ...ITEMS.map((r) => [r[1], r[2], r[3], r[4]])];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.headerRow).toBe(0);
      expect(layout.columns).toMatchObject({ requirement: 0, evidence: 1, owner: 2, date: 3 });
      expect(layout.headers[0]).toBe('Audit requirement');
    });

    it('takes the header row the user names', () => {
      const grid: Grid = [['Title'], ['Requirement', 'Evidence'], ['Signed H&S policy', 'policy.pdf']];
      const layout = layoutOf(detectLayout(grid, { headerRow: 1 }));
      expect(layout.headerRow).toBe(1);
      expect(layout.columns.requirement).toBe(0);
      expect(layout.columns.evidence).toBe(1);
    });

    it('rejects a header row outside the sheet', () => {
      const result = detectLayout([['Requirement', 'Evidence']], { headerRow: 5 });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-override');
    });
  });

  describe('synonyms', () => {
    it('reads "Where is it?", "Responsible", "Next Due", "Complete?" and "Comments"', () => {
      const grid: Grid = [
        ['Item', 'Where is it?', 'Responsible', 'Next Due', 'Complete?', 'Comments'],
        ['Signed H&S policy', 'Binder 1', 'Dana', '2027-03-01', 'Yes', 'Renew in March'],
        ['Monthly site inspections', 'https://drive.example.com/insp', 'Lee', '2026-12-15', 'No', 'October missing'],
        ['Emergency drill held', 'drill.pdf', 'Dana', '2027-05-20', 'Yes', ''],
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.columns).toMatchObject({ requirement: 0, evidence: 1, owner: 2, due: 3, status: 4, notes: 5 });
    });

    it('reads "Proof (link)" as evidence and "Expiry" as the due date', () => {
      const grid: Grid = [
        ['Requirement', 'Proof (link)', 'Owner', 'Last reviewed', 'Expiry'],
        ['First aid certificates', 'https://drive.example.com/fa', 'Lee', '2025-06-01', '2028-06-01'],
        ['Signed H&S policy', 'policy.pdf', 'Dana', '2026-03-01', '2027-03-01'],
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.columns).toMatchObject({ requirement: 0, evidence: 1, owner: 2, date: 3, due: 4 });
    });
  });

  describe('reading columns by their values', () => {
    it('reads a column of URLs headed "Column 3" as evidence', () => {
      const grid: Grid = [
        ['Requirement', 'Owner', 'Column 3', 'Date'],
        ['Signed H&S policy', 'Dana', 'https://drive.example.com/policy', '2026-03-01'],
        ['Monthly site inspections', 'Lee', 'https://drive.example.com/inspections', '2026-10-15'],
        ['Emergency drill held', 'Dana', 'https://drive.example.com/drill', '2026-05-20'],
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.columns.evidence).toBe(2);
      expect(layout.columns.requirement).toBe(0);
    });

    it('reads a "Completed" column of dates as the date, not the status', () => {
      const grid: Grid = [
        ['Requirement', 'Evidence', 'Completed'],
        ['Signed H&S policy', 'policy.pdf', '2026-03-01'],
        ['Monthly site inspections', 'inspections.pdf', '2026-10-15'],
        ['Emergency drill held', 'drill.pdf', 'May 20, 2026'],
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.columns.date).toBe(2);
      expect(layout.columns.status).toBeNull();
    });

    it('reads a "Completed" column of ticks as the status', () => {
      const grid: Grid = [
        ['Requirement', 'Evidence', 'Completed'],
        ['Signed H&S policy', 'policy.pdf', 'Yes'],
        ['Monthly site inspections', 'inspections.pdf', 'No'],
        ['Emergency drill held', 'drill.pdf', 'Yes'],
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.columns.status).toBe(2);
      expect(layout.columns.date).toBeNull();
    });
  });

  it('gives the role to the first of two "Evidence" columns and none to the second', () => {
    const grid: Grid = [
      ['Requirement', 'Evidence', 'Evidence', 'Owner'],
      ['Signed H&S policy', 'policy.pdf', 'policy-2025.pdf', 'Dana'],
      ['Emergency drill held', 'drill.pdf', 'drill-2025.pdf', 'Lee'],
    ];
    const layout = layoutOf(detectLayout(grid));
    expect(layout.columns.evidence).toBe(1);
    expect(Object.values(layout.columns).filter((c) => c === 2)).toEqual([]);
  });

  it('gives each column at most one role', () => {
    const layout = layoutOf(detectLayout([['ID', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status'], ...ITEMS]));
    const used = Object.values(layout.columns).filter((c): c is number => c !== null);
    expect(new Set(used).size).toBe(used.length);
  });

  describe('overrides', () => {
    const grid: Grid = [
      ['Requirement', 'Evidence', 'Backup copy', 'Owner', 'Status'],
      ['Signed H&S policy', 'policy.pdf', 'Binder 1', 'Dana', 'Done'],
      ['Emergency drill held', 'drill.pdf', 'Binder 2', 'Lee', 'Done'],
    ];

    it('lets the user move a role to another column, with full confidence', () => {
      const layout = layoutOf(detectLayout(grid, { columns: { evidence: 2 } }));
      expect(layout.columns.evidence).toBe(2);
      expect(layout.confidence.evidence).toBe(1);
      expect(layout.columns.requirement).toBe(0);
    });

    it('lets the user unset a role', () => {
      const before = layoutOf(detectLayout(grid));
      expect(before.columns.owner).toBe(3);
      const after = layoutOf(detectLayout(grid, { columns: { owner: null } }));
      expect(after.columns.owner).toBeNull();
      expect(after.confidence.owner).toBe(0);
    });

    it('takes an overridden column away from the role detection gave it', () => {
      const layout = layoutOf(detectLayout(grid, { columns: { notes: 1, evidence: 2 } }));
      expect(layout.columns.notes).toBe(1);
      expect(layout.columns.evidence).toBe(2);
    });

    it('rejects one column given two roles', () => {
      const result = detectLayout(grid, { columns: { evidence: 1, notes: 1 } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-override');
    });

    it('rejects a negative column', () => {
      const result = detectLayout(grid, { columns: { owner: -1 } });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-override');
    });

    it('fails with no-evidence-column when the user unsets the only evidence column', () => {
      const result = detectLayout(
        grid.map((r) => [r[0], r[1], r[3], r[4]]),
        { columns: { evidence: null } },
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('no-evidence-column');
    });
  });

  describe('problems', () => {
    it('reports no-evidence-column, naming "evidence", when no column holds evidence', () => {
      const grid: Grid = [
        ['Requirement', 'Owner', 'Status'],
        ['Signed H&S policy', 'Dana', 'Done'],
        ['Emergency drill held', 'Lee', 'Open'],
      ];
      const result = detectLayout(grid);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('no-evidence-column');
      expect(result.error.message.toLowerCase()).toContain('evidence');
      expect(result.error.message).toContain('"Requirement"');
    });

    it('reports no-header when no row reads as a header', () => {
      const grid: Grid = [
        ['Signed H&S policy', 'Dana', '2026-03-01'],
        ['Emergency drill held', 'Lee', '2026-05-20'],
      ];
      const result = detectLayout(grid);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('no-header');
    });

    it.each([
      ['no rows', []],
      ['blank rows', [[], ['', '  '], [null, undefined]]],
    ] as const)('reports empty for a grid with %s', (_, grid) => {
      const result = detectLayout(grid as Grid);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('empty');
    });
  });

  describe('points', () => {
    it('finds the points available and points earned columns', () => {
      const grid: Grid = [
        ['Question', 'Evidence', 'Points available', 'Points earned'],
        ['Signed H&S policy', 'policy.pdf', 2, 2],
        ['Workers can describe the policy', 'interview notes', 3, 1],
        ['Emergency drill held', 'drill.pdf', 2, 0],
      ];
      const layout = layoutOf(detectLayout(grid));
      expect(layout.points).toEqual({ available: 2, earned: 3 });
      expect(layout.columns.requirement).toBe(0);
      expect(layout.columns.evidence).toBe(1);
    });

    it('reads "Max" and "Score" as points columns', () => {
      const grid: Grid = [
        ['Requirement', 'Evidence', 'Max', 'Score'],
        ['Signed H&S policy', 'policy.pdf', '2', '2'],
        ['Emergency drill held', 'drill.pdf', '2', '0'],
      ];
      expect(layoutOf(detectLayout(grid)).points).toEqual({ available: 2, earned: 3 });
    });

    it('gives no points when only one points column exists', () => {
      const grid: Grid = [
        ['Requirement', 'Evidence', 'Points earned'],
        ['Signed H&S policy', 'policy.pdf', 2],
      ];
      expect(layoutOf(detectLayout(grid)).points).toBeNull();
    });
  });
});

describe('headers as teams really type them', () => {
  const rolesOf = (header: string[]): Record<string, string | undefined> => {
    const layout = layoutOf(detectLayout([header, ...ITEMS]));
    return Object.fromEntries(
      Object.entries(layout.columns)
        .filter(([, c]) => c !== null)
        .map(([role, c]) => [role, header[c!]]),
    );
  };

  it('forgives typos: Evidance, Responsable, Last Reveiwed, staus', () => {
    expect(rolesOf(['elemnt', 'TASK', 'Evidance', 'Responsable', 'Last Reveiwed', 'staus'])).toEqual({
      element: 'elemnt',
      requirement: 'TASK',
      evidence: 'Evidance',
      owner: 'Responsable',
      date: 'Last Reveiwed',
      status: 'staus',
    });
  });

  it("reads abbreviations: Req., Doc, Resp., Rev'd, Stat.", () => {
    expect(rolesOf(['#', 'Req.', 'Doc', 'Resp.', "Rev'd", 'Stat.'])).toEqual({
      id: '#',
      requirement: 'Req.',
      evidence: 'Doc',
      owner: 'Resp.',
      date: "Rev'd",
      status: 'Stat.',
    });
  });

  it("reads a small crew's own words: Thing to have, Where's it at, Who, Last time, How often, ✓", () => {
    const grid: Grid = [
      ['#', 'Thing to have', "Where's it at", 'Who', 'Last time', 'How often', '✓'],
      ['1', 'Safety policy signed', 'Office binder', 'Kurt', '12/01/2026', 'yearly', '✓'],
      ['2', 'Monthly yard inspection', 'Inspection sheets', 'Sean', '28/10/2026', 'monthly', 'x'],
    ];
    const layout = layoutOf(detectLayout(grid));
    expect(layout.headerRow).toBe(0);
    expect(layout.columns).toMatchObject({ id: 0, requirement: 1, evidence: 2, owner: 3, date: 4, interval: 5, status: 6 });
  });

  it('reads Item to track, Kept where, Driver, Done on and Next check', () => {
    const grid: Grid = [
      ['Item to track', 'Kept where', 'Driver', 'Done on', 'Next check', 'Status'],
      ...ITEMS.map((r) => [r[1], r[2], r[3], r[4], '2027-03-01', r[5]]),
    ];
    expect(layoutOf(detectLayout(grid)).columns).toMatchObject({ requirement: 0, evidence: 1, owner: 2, date: 3, due: 4, status: 5 });
  });

  it('reads French headers, accents and all', () => {
    expect(rolesOf(['Élément', 'Exigence', 'Preuve', 'Responsable', 'Dernière révision', 'Statut'])).toEqual({
      element: 'Élément',
      requirement: 'Exigence',
      evidence: 'Preuve',
      owner: 'Responsable',
      date: 'Dernière révision',
      status: 'Statut',
    });
  });

  it('does not take a row of data for the header, even one whose words sound like headings', () => {
    const grid: Grid = [
      ['elemnt', 'TASK', 'Evidance', 'Responsable', 'Last Reveiwed', 'staus'],
      ['2', 'Formal hazard assessment all tasks', 'HA 2026.xlsx', 'Dave', '2025-10-01', 'done'],
      ...ITEMS,
    ];
    expect(findHeaderRow(grid)).toBe(0);
  });
});

describe('header variants that name the same role', () => {
  // A certifying partner's layout, a team's notes column beside it, and messy spacing around separators.
  const evidenceOf = (evidenceHeader: string) => {
    const grid: Grid = [['Ref', 'Requirement', evidenceHeader, 'Owner', 'Date', 'Status', 'Notes'], ...ITEMS.map((row) => [...row, ''])];
    const layout = layoutOf(detectLayout(grid));
    return { evidence: layout.columns.evidence, notes: layout.columns.notes };
  };

  it.each([
    'Evidence / comments',
    'Evidence - comments',
    'Evidence/comments',
    'Evidence  /comments',
    'Comments / evidence',
    'Evidence & notes',
    'Evidence and notes',
    'Proof / notes',
    'Proof | notes',
    "Where it's kept",
    'Where it’s kept',
    'Record / file',
    'EVIDENCE – COMMENTS',
  ])('reads %j as the evidence column, leaving Notes its own', (header) => {
    expect(evidenceOf(header)).toEqual({ evidence: 2, notes: 6 });
  });

  it('reads a compound evidence header as evidence when no other column holds notes', () => {
    const grid: Grid = [['Ref', 'Requirement', 'Comments / evidence', 'Owner', 'Date', 'Status'], ...ITEMS];
    expect(layoutOf(detectLayout(grid)).columns).toMatchObject({ evidence: 2, notes: null });
  });

  it.each(['What we track', 'Checklist item', 'What we track / item'])('reads %j as the requirement column', (header) => {
    const grid: Grid = [['Ref', header, 'Evidence', 'Owner', 'Date', 'Status'], ...ITEMS];
    expect(layoutOf(detectLayout(grid)).columns).toMatchObject({ requirement: 1, evidence: 2 });
  });

  it('keeps a hyphen inside a word joined: "Follow-up" is notes, not two parts', () => {
    const grid: Grid = [['Ref', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status', 'Follow-up'], ...ITEMS.map((row) => [...row, 'call Lee'])];
    expect(layoutOf(detectLayout(grid)).columns).toMatchObject({ evidence: 2, notes: 6 });
  });

  it('keeps headers named whole: "Y/N" is a status, "Document / record" the requirement', () => {
    const grid: Grid = [['Ref', 'Document / record', 'Evidence', 'Owner', 'Date', 'Y/N'], ...ITEMS];
    expect(layoutOf(detectLayout(grid)).columns).toMatchObject({ requirement: 1, evidence: 2, status: 5 });
  });

  it('gives a compound of a due and a record date to the due date: "Due date / expiry"', () => {
    const grid: Grid = [['Ref', 'Requirement', 'Evidence', 'Owner', 'Due date / expiry', 'Status'], ...ITEMS];
    expect(layoutOf(detectLayout(grid)).columns).toMatchObject({ due: 4, date: null });
  });
});

describe('due and interval columns', () => {
  const rows: Grid = [
    ['Fall protection tickets (all crew)', 'Training binder', 'Dave', '10/03/2024', '10/03/2027', 'every 3 years', 'Y'],
    ['Monthly site inspection', 'Inspection forms', 'Mike', '20/11/2026', '20/12/2026', 'Monthly', 'N'],
    ['Toolbox talks', 'Toolbox binder', 'Dave', '13/11/2026', '', 'Weekly', 'Yes'],
  ];

  it('gives a Frequency or Review every column the interval role, and says what the due dates mean', () => {
    const layout = layoutOf(detectLayout([['Item', 'Where it is', 'Who', 'Done', 'Next due', 'Frequency', 'OK?'], ...rows]));
    expect(layout.columns).toMatchObject({ requirement: 0, evidence: 1, owner: 2, date: 3, due: 4, interval: 5, status: 6 });
    expect(layout.readings).toEqual({ dueKind: 'next', intervalUnit: 'months' });
  });

  it.each([
    ['Expiry', 'expiry'],
    ['Valid until', 'expiry'],
    ['Renewal', 'expiry'],
    ['Next inspection', 'next'],
    ['Due date', 'deadline'],
    ['Deadline', 'deadline'],
    ['Target', 'deadline'],
  ] as const)('reads a due column headed %j as a %s', (header, kind) => {
    const layout = layoutOf(detectLayout([['Item', 'Evidence', 'Owner', 'Date', header, 'How often', 'Status'], ...rows]));
    expect(layout.columns.due).toBe(4);
    expect(layout.readings.dueKind).toBe(kind);
  });

  it('takes the unit of bare numbers from the interval header', () => {
    const numbers = rows.map((r) => [...r.slice(0, 5), 12, r[6]]);
    const layout = layoutOf(detectLayout([['Item', 'Evidence', 'Owner', 'Date', 'Due', 'Review every (months)', 'Status'], ...numbers]));
    expect(layout.columns.interval).toBe(5);
    expect(layout.readings.intervalUnit).toBe('months');
    const days = layoutOf(detectLayout([['Item', 'Evidence', 'Owner', 'Date', 'Due', 'Frequency (days)', 'Status'], ...numbers]));
    expect(days.readings.intervalUnit).toBe('days');
  });

  it('finds an interval column by its values when its header names no role', () => {
    const layout = layoutOf(detectLayout([['Item', 'Evidence', 'Owner', 'Date', 'Sched', 'Status'], ...rows.map((r) => [...r.slice(0, 4), r[5], r[6]])]));
    expect(layout.columns.interval).toBe(4);
  });

  it('reads a plain deadline and months without due or interval columns', () => {
    expect(layoutOf(detectLayout([['ID', 'Requirement', 'Evidence', 'Owner', 'Date', 'Status'], ...ITEMS])).readings).toEqual({
      dueKind: 'deadline',
      intervalUnit: 'months',
    });
  });
});
