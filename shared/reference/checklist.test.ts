import { describe, expect, it } from 'vitest';
import { REFERENCE_CHECKLIST } from './checklist.ts';
import { ELEMENT_BY_ID, ELEMENTS } from './elements.ts';
import type { ElementId } from './types.ts';
import { TEAM_WORDINGS } from './wordings.ts';

describe('REFERENCE_CHECKLIST', () => {
  it('has 66 items', () => {
    expect(REFERENCE_CHECKLIST).toHaveLength(66);
  });

  it('has the expected number of items per element', () => {
    const counts: Record<string, number> = {};
    for (const r of REFERENCE_CHECKLIST) counts[r.element] = (counts[r.element] ?? 0) + 1;
    expect(counts).toEqual({ E0: 9, E1: 8, E2: 7, E3: 6, E4: 5, E5: 5, E6: 6, E7: 8, E8: 6, E9: 6 });
  });

  it('has unique ids of the form E<digit>-<two digits>', () => {
    const ids = REFERENCE_CHECKLIST.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^E\d-\d\d$/);
  });

  it('gives each id the prefix of its element', () => {
    for (const r of REFERENCE_CHECKLIST) expect(r.id.slice(0, 2), r.id).toBe(r.element);
  });

  it('numbers the items of each element from 01 without holes', () => {
    const byElement = new Map<string, number[]>();
    for (const r of REFERENCE_CHECKLIST) byElement.set(r.element, [...(byElement.get(r.element) ?? []), Number(r.id.slice(3))]);
    for (const [element, numbers] of byElement) {
      expect(numbers, element).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('puts every item in an element of ELEMENTS', () => {
    const known = new Set(ELEMENTS.map((e) => e.id));
    for (const r of REFERENCE_CHECKLIST) expect(known.has(r.element), r.id).toBe(true);
  });

  it('gives every item text, at least one evidence kind and a method', () => {
    for (const r of REFERENCE_CHECKLIST) {
      expect(r.text.length, r.id).toBeGreaterThan(10);
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      expect(r.method.length, r.id).toBeGreaterThan(0);
      for (const m of r.method) expect(['D', 'I', 'O'], r.id).toContain(m);
      for (const b of r.basis) expect(['CP', 'LAW', 'CONS', 'GK'], r.id).toContain(b);
    }
  });

  it('uses positive whole days or null for the day fields', () => {
    for (const r of REFERENCE_CHECKLIST) {
      for (const days of [r.evidenceWindowDays, r.refreshIntervalDays, r.retentionDays]) {
        if (days !== null) {
          expect(Number.isInteger(days), r.id).toBe(true);
          expect(days, r.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('keeps the per-job records at a 30-day refresh (E2-05 FLHA, E4-04 pre-use checks)', () => {
    const byId = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));
    expect(byId.get('E2-05')?.refreshIntervalDays).toBe(30);
    expect(byId.get('E4-04')?.refreshIntervalDays).toBe(30);
    expect(byId.get('E7-06')?.retentionDays).toBe(1095);
  });
});

describe('what users see and what the matcher reads', () => {
  it('keeps research notes out of the requirement texts shown to users', () => {
    for (const r of REFERENCE_CHECKLIST) expect(r.text, r.id).not.toMatch(/verify|pre-20\d\d|sources?\b/i);
    const byId = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));
    expect(byId.get('E7-05')?.researchNote).toMatch(/verify the current rule/);
    expect(byId.get('E9-03')?.researchNote).toMatch(/pre-2021 sources/);
    expect(byId.get('E4-02')?.researchNote).toBeNull();
  });

  it('gives team wordings only to requirements that exist, and carries them on each requirement', () => {
    const ids = new Set(REFERENCE_CHECKLIST.map((r) => r.id));
    for (const id of Object.keys(TEAM_WORDINGS)) expect(ids.has(id), id).toBe(true);
    for (const r of REFERENCE_CHECKLIST) expect(r.wordings, r.id).toEqual(TEAM_WORDINGS[r.id] ?? []);
  });

  it('has the words people actually use among the wordings', () => {
    const all = REFERENCE_CHECKLIST.flatMap((r) => r.wordings)
      .join(' | ')
      .toLowerCase();
    for (const word of ['tickets', 'certs', 'toolbox', 'tailgate', 'pre-trip', 'drill', 'muster', 'binder']) expect(all, word).toContain(word);
  });
});

describe('ELEMENTS', () => {
  it('lists E0 to E9 in order', () => {
    expect(ELEMENTS.map((e) => e.id)).toEqual(['E0', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9']);
  });

  it('does not score E0 and scores E1 to E9', () => {
    expect(ELEMENT_BY_ID.get('E0')?.scored).toBe(false);
    for (const id of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9'] as ElementId[]) {
      expect(ELEMENT_BY_ID.get(id)?.scored, id).toBe(true);
    }
  });

  it('gives lower-case aliases, none shared by two elements', () => {
    const owner = new Map<string, string>();
    for (const e of ELEMENTS) {
      for (const alias of e.aliases) {
        expect(alias, e.id).toBe(alias.toLowerCase());
        expect(owner.get(alias), `${alias} in ${e.id}`).toBeUndefined();
        owner.set(alias, e.id);
      }
    }
  });
});
