import { describe, expect, it } from 'vitest';
import { namesDeficiency, readsInvestigated } from './events.ts';

describe("what a log's cells say", () => {
  it('takes "none", "OK", "no deficiencies", "n/a", "nil" as nothing found, anything else as a deficiency', () => {
    for (const text of [
      'none',
      'None.',
      'OK',
      'ok',
      'no deficiencies',
      'No deficiency found',
      'n/a',
      'N/A',
      'nil',
      'none found',
      '-',
      'all good',
      'No issues noted',
    ])
      expect(namesDeficiency(text), text).toBe(false);
    for (const text of ['Eyewash expired', 'Ladder not tied off', 'no guardrail on east side', 'OK except cord damaged'])
      expect(namesDeficiency(text), text).toBe(true);
    expect(namesDeficiency(null)).toBe(false);
  });

  it('reads an investigation cell as made, not made, or not said', () => {
    for (const text of ['Yes', 'Y', 'Yes - form in binder', 'done', 'Form HS-F07 #3', '2026-03-05']) expect(readsInvestigated(text), text).toBe(true);
    for (const text of ['No', 'n', 'pending', 'Not yet', 'TBD', 'N/A']) expect(readsInvestigated(text), text).toBe(false);
    expect(readsInvestigated(null)).toBeNull();
  });
});
