/**
 * npm run bench [-- --json]: rows per second for layout detection plus evaluation on generated
 * trackers of 1,000, 10,000 and 100,000 rows (goal: >= 200,000 rows/s in Node). "first" is the
 * first evaluation of each tracker (cold caches, as in a fresh Apps Script run), "best" the best
 * of several after warm-up. With --json the last line is one JSON object, for scripts.
 */
import { dayFromIso } from '../shared/dates.ts';
import { evaluateTracker } from '../shared/evaluate.ts';
import { generateTracker } from './tracker-generator.ts';

const SIZES = [1_000, 10_000, 100_000];
const TODAY = dayFromIso('2026-11-26')!;
const json = process.argv.includes('--json');

function timeOnce(grid: ReturnType<typeof generateTracker>): number {
  const start = performance.now();
  const result = evaluateTracker(grid, { today: TODAY });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.error.message);
  return ms;
}

const engine: { rows: number; rowsPerSecond: number; ms: number; firstMs: number }[] = [];
for (const rows of SIZES) {
  const grid = generateTracker(rows, rows);
  const first = timeOnce(grid);
  // Warm up the JIT, then keep the best of several runs: the machine is shared and noisy.
  const runs = rows >= 100_000 ? 5 : 15;
  for (let i = 0; i < 3; i++) timeOnce(grid);
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, timeOnce(grid));
  const rowsPerSecond = Math.round(rows / (best / 1000));
  engine.push({ rows, rowsPerSecond, ms: Math.round(best * 10) / 10, firstMs: Math.round(first * 10) / 10 });
  if (!json) {
    console.log(`engine  ${String(rows).padStart(7)} rows  first ${first.toFixed(1).padStart(7)} ms  best ${best.toFixed(1).padStart(7)} ms  ${rowsPerSecond.toLocaleString('en-US').padStart(9)} rows/s`);
  }
}
if (json) console.log(JSON.stringify({ engine }));
