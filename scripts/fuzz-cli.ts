/**
 * npm run fuzz:cli [-- --seed N] [-- --mutations N] [-- --json]
 * Runs the built CLI (`node bin/secor-ready.js scan FILE --json`) as a child process on every
 * crafted file of test/fixtures/crafted.ts, the files at the limits, and a seeded set of mutated
 * files, and reports for each: exit code, whether stderr is one line with no stack trace, wall
 * time and peak memory (the child's max RSS, from /usr/bin/time -v, else from
 * process.resourceUsage() in a wrapper). Exits 1 when any case prints a stack trace, takes more
 * than 10 s, uses more than 512 MB, or ends otherwise than its case expects.
 * With --json the last line is one JSON object, for scripts (npm run bench prints its summary).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CRAFTED_CASES, type CraftedCase, LARGEST_CASES, STACK_TRACE, mutatedCases } from '../test/fixtures/crafted.ts';

const MAX_MS = 10_000;
const MAX_RSS_MB = 512;
/** Past the budget a case has already failed; the kill only bounds the run. */
const KILL_MS = 30_000;

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'secor-ready.js');
const TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '1' }, mutations: { type: 'string', default: '40' }, json: { type: 'boolean', default: false } },
});
const say = (line: string): void => {
  if (!values.json) console.log(line);
};

interface CaseResult {
  name: string;
  exit: number | null;
  oneLine: boolean;
  stackTrace: boolean;
  ms: number;
  rssMb: number | null;
  problems: string[];
}

/** Runs the CLI on one file; its max RSS comes from GNU time's report, or from the wrapper's own. */
function runCli(file: string, measureFile: string): Promise<{ exit: number | null; stderr: string; ms: number; rssMb: number | null }> {
  const cli = [BIN, 'scan', file, '--json'];
  const useTime = existsSync(TIME);
  // Without GNU time: a wrapper that loads the bin and writes its own max RSS (KB) as it exits.
  const wrapper = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(measureFile)}, 'Maximum resident set size (kbytes): ' + process.resourceUsage().maxRSS)); process.argv.splice(1, 1); import(${JSON.stringify(BIN)});`;
  const [command, args] = useTime ? [TIME, ['-v', '-o', measureFile, process.execPath, ...cli]] : [process.execPath, ['-e', wrapper, '--', 'wrapper', ...cli]];
  const start = performance.now();
  return new Promise((resolve) => {
    // stdout is a report we do not need to keep; stderr is what is judged.
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      const measured = existsSync(measureFile) ? readFileSync(measureFile, 'utf8') : '';
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(measured)?.[1];
      // GNU time reports the child's own exit status in its text; its exit code is the child's too.
      resolve({ exit: code, stderr, ms, rssMb: kb ? Number(kb) / 1024 : null });
    });
  });
}

async function runCase(crafted: CraftedCase, dir: string): Promise<CaseResult> {
  const path = join(dir, crafted.file);
  writeFileSync(path, await crafted.bytes());
  const measureFile = join(dir, `${crafted.file}.time`);
  const { exit, stderr, ms, rssMb } = await runCli(path, measureFile);
  rmSync(path);
  rmSync(measureFile, { force: true });
  const lines = stderr.split('\n').filter((l) => l !== '');
  const result: CaseResult = {
    name: crafted.name,
    exit,
    oneLine: lines.length <= 1,
    stackTrace: STACK_TRACE.test(stderr),
    ms: Math.round(ms),
    rssMb: rssMb === null ? null : Math.round(rssMb),
    problems: [],
  };
  if (result.stackTrace) result.problems.push('stack trace');
  if (!result.oneLine) result.problems.push(`${lines.length} lines on stderr`);
  if (ms > MAX_MS) result.problems.push(`over ${MAX_MS / 1000} s`);
  if (rssMb === null || rssMb > MAX_RSS_MB) result.problems.push(rssMb === null ? 'no memory figure' : `over ${MAX_RSS_MB} MB`);
  const outcome = crafted.outcome;
  if ('refused' in outcome && (exit !== 2 || !outcome.refused.test(stderr))) result.problems.push(`expected a refusal matching ${outcome.refused}`);
  if ('scans' in outcome && exit !== 0) result.problems.push('expected a scan (exit 0)');
  if ('either' in outcome && exit !== 0 && exit !== 2) result.problems.push('expected exit 0 or 2');
  return result;
}

const seed = Number(values.seed);
const cases = [...CRAFTED_CASES, ...LARGEST_CASES, ...mutatedCases(seed, Number(values.mutations))];
const dir = mkdtempSync(join(tmpdir(), 'secor-fuzz-'));
const results: CaseResult[] = [];
try {
  for (const crafted of cases) {
    const result = await runCase(crafted, dir);
    results.push(result);
    const rss = result.rssMb === null ? '   ? MB' : `${String(result.rssMb).padStart(4)} MB`;
    say(
      `${result.problems.length ? 'FAIL' : 'ok  '} exit ${String(result.exit).padEnd(4)} ${(result.ms / 1000).toFixed(2).padStart(6)} s ${rss}  ${result.oneLine && !result.stackTrace ? 'one line' : 'TRACE   '}  ${result.name}${result.problems.length ? `: ${result.problems.join('; ')}` : ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const slowest = results.reduce((a, b) => (b.ms > a.ms ? b : a));
const largest = results.reduce((a, b) => ((b.rssMb ?? Infinity) > (a.rssMb ?? Infinity) ? b : a));
const failures = results.filter((r) => r.problems.length > 0);
const summary = {
  seed,
  cases: results.length,
  worstMs: slowest.ms,
  worstMsCase: slowest.name,
  worstRssMb: largest.rssMb,
  worstRssCase: largest.name,
  failures: failures.map((r) => `${r.name}: ${r.problems.join('; ')}`),
};
say(
  `\n${summary.cases} cases (seed ${seed}): worst time ${(summary.worstMs / 1000).toFixed(2)} s (${summary.worstMsCase}), worst peak memory ${summary.worstRssMb} MB (${summary.worstRssCase}), ${failures.length} failed`,
);
if (values.json) console.log(JSON.stringify({ ...summary, results }));
process.exitCode = failures.length > 0 ? 1 : 0;
