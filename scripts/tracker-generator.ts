/**
 * Generates a large, realistic tracker grid for benchmarks: a title row, a header with a line
 * break, grouped elements, mixed date formats, checkbox and word statuses, N/A rows, URLs, file
 * names and blank cells. Deterministic for a given seed. Beside it, the other sheets of a
 * workbook: a training matrix and an inspections log.
 */
import type { Cell } from '../shared/cells.ts';
import { REFERENCE_CHECKLIST } from '../shared/reference/checklist.ts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const OWNERS = ['Dana Olsen', 'Rick', 'Kyle Brandt', '', 'Office', 'J. Patel'];
const STATUSES: Cell[] = ['Done', 'done', 'In progress', '', true, false, '✓', 'N/A', 'Yes', 'Not started'];
const SITES = ['Yard', 'Shop', 'Site A', 'Site B', 'Office', 'Truck 2', 'Calgary', 'Red Deer'];

function dateCell(day: Date, pick: number): Cell {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + 1;
  const d = day.getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (pick % 4) {
    case 0:
      return `${y}-${pad(m)}-${pad(d)}`;
    case 1:
      return `${pad(d)}/${pad(m)}/${y}`;
    case 2:
      return day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    default:
      return new Date(y, m - 1, d);
  }
}

export function generateTracker(rows: number, seed = 1): Cell[][] {
  const next = random(seed);
  const grid: Cell[][] = [
    ['Generated Contracting Ltd. - SECOR tracker', '', '', '', '', '', '', '', ''],
    [],
    ['Element', 'Requirement', 'Evidence', 'Owner', 'Last\nReviewed', 'Next Due', 'Status', 'Site', 'Notes'],
  ];
  const start = Date.UTC(2024, 6, 1);
  for (let i = 0; i < rows; i++) {
    const ref = REFERENCE_CHECKLIST[Math.floor(next() * REFERENCE_CHECKLIST.length)]!;
    const site = SITES[i % SITES.length]!;
    const reviewed = new Date(start + Math.floor(next() * 880) * 86_400_000);
    const due = new Date(reviewed.getTime() + 365 * 86_400_000);
    const evidence = next() < 0.12 ? '' : next() < 0.5 ? `https://drive.google.com/file/d/${(i * 7919).toString(36)}/view` : `${ref.evidence[0]} ${site}.pdf`;
    grid.push([
      i % 5 === 0 ? `${ref.element.slice(1)}. ${ref.element}` : '',
      `${ref.text} (${site})`,
      evidence,
      OWNERS[Math.floor(next() * OWNERS.length)]!,
      next() < 0.08 ? '' : dateCell(reviewed, Math.floor(next() * 4)),
      next() < 0.3 ? '' : dateCell(due, 0),
      STATUSES[Math.floor(next() * STATUSES.length)]!,
      site,
      next() < 0.8 ? '' : 'follow up with crew',
    ]);
  }
  return grid;
}

const COURSES = [
  'Standard First Aid',
  'WHMIS 2015',
  'Fall Protection',
  'CSTS-2020',
  'H2S Alive',
  'Ground Disturbance 201',
  'TDG',
  'Confined Space',
  'Aerial Work Platform',
  'Fire Extinguisher',
  'Forklift',
  'Traffic Control',
];
const POSITIONS = ['Foreman', 'Labourer', 'Operator', 'Office', 'Driver'];

/** A training matrix: a title, a header of `courses` tickets, a "Required for" row, then workers with expiry dates, N/A and blanks. */
export function generateMatrix(workers: number, courses: number, seed = 1): Cell[][] {
  const next = random(seed);
  const names = COURSES.slice(0, courses);
  const grid: Cell[][] = [
    ['Generated Contracting Ltd. - tickets (expiry dates)'],
    ['Worker', 'Position', ...names],
    ['Required for', '', ...names.map((_, c) => (c % 3 === 2 ? 'Foreman' : 'All'))],
  ];
  for (let w = 0; w < workers; w++) {
    const tickets = names.map((): Cell => {
      const pick = next();
      if (pick < 0.1) return '';
      if (pick < 0.2) return 'N/A';
      return dateCell(new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 1000) * 86_400_000), Math.floor(next() * 4));
    });
    grid.push([`Worker ${w + 1}`, POSITIONS[w % POSITIONS.length]!, ...tickets]);
  }
  return grid;
}

const FINDINGS = ['none', 'none', 'Extension cord damaged', 'Guardrail missing', 'Fire extinguisher tag expired', 'Housekeeping', 'First aid kit short'];

/** An inspections log: a title, a header, then `rows` inspections a day or so apart, findings, corrective actions and closing dates. */
export function generateLog(rows: number, seed = 1): Cell[][] {
  const next = random(seed);
  const grid: Cell[][] = [['Generated Contracting Ltd. - site inspections'], ['Date', 'Site', 'Inspected by', 'Findings', 'Corrective action', 'Date closed']];
  let day = Date.UTC(2021, 0, 4);
  for (let i = 0; i < rows; i++) {
    day += (1 + Math.floor(next() * 2)) * 86_400_000;
    const finding = FINDINGS[Math.floor(next() * FINDINGS.length)]!;
    const fixed = finding === 'none' ? null : next() < 0.9 ? new Date(day + 3 * 86_400_000) : null;
    grid.push([
      dateCell(new Date(day), Math.floor(next() * 4)),
      SITES[i % SITES.length]!,
      OWNERS[Math.floor(next() * OWNERS.length)]!,
      finding,
      finding === 'none' ? '' : `Fix: ${finding.toLowerCase()}`,
      fixed === null ? '' : dateCell(fixed, 0),
    ]);
  }
  return grid;
}
