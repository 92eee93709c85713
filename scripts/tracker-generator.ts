/**
 * Generates a large, realistic tracker grid for benchmarks: a title row, a header with a line
 * break, grouped elements, mixed date formats, checkbox and word statuses, N/A rows, URLs, file
 * names and blank cells. Deterministic for a given seed.
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
    case 0: return `${y}-${pad(m)}-${pad(d)}`;
    case 1: return `${pad(d)}/${pad(m)}/${y}`;
    case 2: return day.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    default: return new Date(y, m - 1, d);
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
