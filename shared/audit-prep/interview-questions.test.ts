import { describe, expect, it } from 'vitest';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import { INTERVIEWED_ROLES, INTERVIEW_QUESTIONS, interviewQuestion, questionsFor, STAFF_ROLES } from './interview-questions.ts';
import { SEED_GUIDE, SOURCE_KEY } from './provenance.ts';

const INTERVIEW_REQUIREMENTS = REFERENCE_CHECKLIST.filter((r) => r.method.includes('I')).map((r) => r.id);
const IDS = new Set(REFERENCE_CHECKLIST.map((r) => r.id));

describe('interview questions', () => {
  it('name the levels asked for every I and D+I requirement of the checklist, and no other', () => {
    expect(INTERVIEW_REQUIREMENTS).toHaveLength(10);
    expect(Object.keys(INTERVIEWED_ROLES).sort()).toEqual([...INTERVIEW_REQUIREMENTS].sort());
  });

  it.each(INTERVIEW_REQUIREMENTS)('%s has at least one question for every level it asks, and none for another', (id) => {
    const roles = INTERVIEWED_ROLES[id]!;
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles)
      expect(
        INTERVIEW_QUESTIONS.some((q) => q.requirement === id && q.role === role),
        `${id} ${role}`,
      ).toBe(true);
    for (const q of INTERVIEW_QUESTIONS.filter((q) => q.requirement === id)) expect(roles).toContain(q.role);
  });

  it('each has a source key or the seed guide, or is a proposal with a note', () => {
    for (const q of INTERVIEW_QUESTIONS) {
      if ('source' in q) expect(q.source === SEED_GUIDE || SOURCE_KEY.test(q.source), q.id).toBe(true);
      else expect(q.note.length, q.id).toBeGreaterThan(20);
    }
  });

  it('each is backed by a requirement of the checklist or a named document, and says what a good answer shows', () => {
    for (const q of INTERVIEW_QUESTIONS) {
      if (/^E\d-\d\d$/.test(q.backedBy)) expect(IDS, q.id).toContain(q.backedBy);
      else expect(q.backedBy.length, q.id).toBeGreaterThan(3);
      expect(q.question, q.id).toMatch(/\?$/);
      expect(q.goodAnswer.length, q.id).toBeGreaterThan(30);
    }
  });

  it('have unique ids made of the requirement and the role', () => {
    const ids = INTERVIEW_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of INTERVIEW_QUESTIONS) expect(q.id).toBe(`${q.requirement}.${q.role[0]}`);
    expect(interviewQuestion('E7-08.w')?.requirement).toBe('E7-08');
    expect(interviewQuestion('E7-08.x')).toBeNull();
  });

  it("give each role its own questions; an owner with no supervisor also gets the supervisor's", () => {
    for (const role of STAFF_ROLES) expect(questionsFor(role).every((q) => q.role === role)).toBe(true);
    const owner = questionsFor('owner');
    const alone = questionsFor('owner', { hasSupervisor: false });
    expect(alone.length).toBe(owner.length + questionsFor('supervisor').length);
    expect(new Set(alone.map((q) => q.role))).toEqual(new Set(['owner', 'supervisor']));
    // A worker's questions do not change with the company's levels.
    expect(questionsFor('worker', { hasSupervisor: false })).toEqual(questionsFor('worker'));
  });
});
