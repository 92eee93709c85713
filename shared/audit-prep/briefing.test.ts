import { describe, expect, it } from 'vitest';
import { ANSWERING_ADVICE, briefingHtml, briefingText, buildBriefing } from './briefing.ts';
import { questionsFor } from './interview-questions.ts';
import { SEED_GUIDE } from './provenance.ts';

describe('buildBriefing', () => {
  it('covers the nine scored elements with how each is checked, and the pass rule', () => {
    const { covers } = buildBriefing({ role: 'worker' });
    expect(covers.elements.map((e) => e.id)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9']);
    expect(covers.elements.find((e) => e.id === 'E8')!.methods).toEqual(['D']);
    expect(covers.elements.find((e) => e.id === 'E1')!.methods).toEqual(['D', 'I', 'O']);
    expect(covers.passRule).toContain('80 % overall');
    expect(covers.passRule).toContain('50 % in every element');
  });

  it("gives a worker the worker's questions, each with what a good answer shows and its record", () => {
    const briefing = buildBriefing({ role: 'worker' });
    expect(briefing.questions.map((q) => q.id)).toEqual(questionsFor('worker').map((q) => q.id));
    expect(briefing.questions.every((q) => q.writtenFor === 'worker' && q.goodAnswer.length > 0)).toBe(true);
    const refuse = briefing.questions.find((q) => q.requirement === 'E1-07')!;
    expect(refuse).toMatchObject({ backedBy: 'E1-07', requirementIsProposal: true, backedByFinding: null, provenance: { source: 'S30' } });
    expect(refuse.backedByText).toContain('Right-to-refuse');
  });

  it("says who is interviewed, and an owner with no supervisor answers the supervisor's questions", () => {
    expect(buildBriefing({ role: 'owner' }).interviewed).toContain('the owner, supervisors and workers');
    const alone = buildBriefing({ role: 'owner', hasSupervisor: false });
    expect(alone.interviewed).toContain("the owner also answers the supervisor's questions");
    expect(new Set(alone.questions.map((q) => q.writtenFor))).toEqual(new Set(['owner', 'supervisor']));
  });

  it("carries the guide's advice: honest, no guessing, follow up, no blame, stay on the question", () => {
    const { advice } = buildBriefing({ role: 'supervisor' });
    expect(advice).toBe(ANSWERING_ADVICE);
    expect(advice.map((a) => a.title)).toEqual(['Be honest.', 'Do not guess.', 'Follow up.', 'No excuses, no blame.', 'Stay on the question.']);
    expect(advice.every((a) => a.source === SEED_GUIDE)).toBe(true);
    expect(advice.map((a) => a.text).join(' ')).toContain('find the information and follow up');
  });

  it("with the tracker's evidence, leaves out what the team marked N/A and says how the records behind the rest stand", () => {
    const briefing = buildBriefing({
      role: 'worker',
      evidence: [
        { requirement: 'E4-05', finding: 'n/a', sources: [] },
        { requirement: 'E1-01', finding: 'ready', sources: [] },
        { requirement: 'E2-01', finding: 'gap', sources: [] },
      ],
    });
    expect(briefing.questions.some((q) => q.requirement === 'E4-05')).toBe(false);
    expect(briefing.questions.find((q) => q.id === 'E1-03.w')!.backedByFinding).toBe('ready');
    expect(briefing.questions.find((q) => q.id === 'E5-04.w')!.backedByFinding).toBe('gap');
    // The evidence has nothing on E7-01: a reviewer would find no record.
    expect(briefing.questions.find((q) => q.id === 'E7-08.w')!.backedByFinding).toBe('missing');
  });
});

describe('briefingText', () => {
  it('prints the headings, numbered questions with their good answers, and the advice last', () => {
    const text = briefingText(buildBriefing({ role: 'owner', hasSupervisor: false, evidence: [{ requirement: 'E1-01', finding: 'gap', sources: [] }] }));
    expect(text.split('\n')[0]).toBe('SECOR audit: team briefing for the owner');
    for (const heading of ['What the audit covers', 'Who will be interviewed', 'Your questions (19)', 'How to answer (from the guide)'])
      expect(text).toContain(`\n${heading}`);
    expect(text).toContain('1. What does your policy commit the company to, and how did you share it with the team?\n   A good answer shows: ');
    expect(text).toContain('[asked of the supervisor: you answer it]');
    expect(text).toContain('Backed by: E1-01 Written H&S policy is current and signed and dated by the owner (in the tracker: has a gap)');
    expect(text).toContain("Requirement E1-07, our wording (a proposal); not every CP's tool asks this");
    expect(text.indexOf('How to answer')).toBeGreaterThan(text.indexOf('Your questions'));
    expect(text.endsWith('past mistakes.\n')).toBe(true);
  });
});

describe('briefingHtml', () => {
  it('says what briefingText says, each question with its good answer, record and source', () => {
    const briefing = buildBriefing({ role: 'worker' });
    const html = briefingHtml(briefing);
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    for (const q of briefing.questions) {
      expect(text).toContain(q.question.replace(/\s+/g, ' '));
      expect(text).toContain(q.goodAnswer.replace(/\s+/g, ' '));
    }
    expect(html.match(/<li><p class="question">/g)).toHaveLength(briefing.questions.length);
    for (const a of briefing.advice) expect(text).toContain(a.title);
  });

  it('escapes every word it is given, and carries no script', () => {
    const briefing = buildBriefing({ role: 'owner' });
    const hostile = { ...briefing, purpose: '<img src=x onerror=alert(1)> & "quotes"' };
    const html = briefingHtml(hostile);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<script|<img/);
  });
});
