import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, runCli as run, tempFiles } from './run-cli.ts';

const { dir, write: tracker } = tempFiles('secor-briefing-');

// Three workers, no HSR (under 5 workers: E4-05 is N/A), a signed policy and nothing on hazard assessments.
const SMALL = tracker(
  'small.csv',
  [
    'ID,Requirement,Evidence,Last reviewed,Status',
    'E1-01,Signed H&S policy,policy.pdf,2026-06-01,Done',
    'E1-04,Responsibilities written,,2026-06-01,Open',
    'E4-05,HSR takes part in inspections,N/A,,N/A',
  ].join('\n'),
);

describe('secor-ready briefing', () => {
  it("prints a worker's briefing without a tracker: the elements, who is interviewed, the questions, the advice", async () => {
    const { code, stdout, stderr } = await run('briefing', '--role', 'worker');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toBe('SECOR audit: team briefing for a worker');
    expect(stdout).toContain('  E6 Emergency response: documents, interviews, observation');
    expect(stdout).toContain('the owner, supervisors and workers');
    expect(stdout).toContain('Your questions (10)');
    expect(stdout).toContain('What would you do if you had a near miss or got hurt, even slightly?\n   A good answer shows: Reports it right away');
    expect(stdout).toContain('- Do not guess. If you are unsure, say so. It is better to say you will find the information and follow up later.');
    expect(stdout).not.toContain('in the tracker');
  });

  it("gives an owner with no supervisor the supervisor's questions too", async () => {
    const withSupervisor = (await run('briefing', '--role', 'owner')).stdout;
    const alone = (await run('briefing', '--role', 'owner', '--no-supervisor')).stdout;
    expect(withSupervisor).toContain('Your questions (9)');
    expect(withSupervisor).not.toContain('[asked of the supervisor');
    expect(alone).toContain('Your questions (19)');
    expect(alone).toContain('[asked of the supervisor: you answer it]');
  });

  it('with a tracker, leaves out what it marks N/A and says how the records behind the answers stand', async () => {
    const { code, stdout } = await run('briefing', SMALL, '--role', 'worker', '--today', '2026-11-26');
    expect(code).toBe(0);
    expect(stdout).toContain('Your questions (9)');
    expect(stdout).not.toContain('health and safety representative here');
    expect(stdout).toContain('Backed by: E1-01 Written H&S policy is current and signed and dated by the owner (in the tracker: ready)');
    expect(stdout).toMatch(/Backed by: E1-04 .* \(in the tracker: has a gap\)/);
    expect(stdout).toMatch(/Backed by: E2-01 .* \(in the tracker: no record yet\)/);
  });

  it('prints one JSON object with --json', async () => {
    const { code, stdout } = await run('briefing', SMALL, '--role', 'supervisor', '--json', '--today', '2026-11-26');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const briefing = JSON.parse(stdout);
    expect(briefing).toMatchObject({ role: 'supervisor', hasSupervisor: true });
    expect(briefing.covers.elements).toHaveLength(9);
    expect(briefing.questions.every((q: { writtenFor: string }) => q.writtenFor === 'supervisor')).toBe(true);
    expect(briefing.questions.find((q: { id: string }) => q.id === 'E1-03.s')).toMatchObject({
      backedBy: 'E1-01',
      backedByFinding: 'ready',
      provenance: { source: 'S15' },
    });
    expect(briefing.advice.map((a: { title: string }) => a.title)).toContain('No excuses, no blame.');
  });

  it('names the command in its help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('secor-ready briefing [file.csv|file.xlsx] --role owner|supervisor|worker');
  });

  it.each([
    [['briefing'], '--role owner, supervisor or worker'],
    [['briefing', '--role', 'boss'], 'not "boss"'],
    [['briefing', SMALL, SMALL, '--role', 'worker'], 'at most one tracker'],
    [['briefing', join(dir, 'nope.csv'), '--role', 'worker'], 'File not found'],
    [['briefing', SMALL, '--role', 'worker', '--today', '26/11/2026'], 'YYYY-MM-DD'],
    [['briefing', '--role', 'worker', '--bogus'], 'bogus'],
  ])('%j exits 2 with one line naming the problem (%s)', async (argv, message) => {
    expectRefused(await run(...argv), message);
  });
});
