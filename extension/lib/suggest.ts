/**
 * Ranks the tracker's requirements against a page's words: stemmed words of the requirement text
 * and its evidence kinds (shared/requirement-match's wordsOf), words rare in the list weighing more.
 */
import type { RequirementChoice } from '../../shared/clip-protocol.ts';
import { wordsOf } from '../../shared/requirement-match.ts';

export interface Suggestion {
  readonly choice: RequirementChoice;
  readonly score: number;
}

export function suggest(pageText: string, choices: readonly RequirementChoice[], limit = 3): Suggestion[] {
  const page = new Set(wordsOf(pageText));
  if (page.size === 0 || choices.length === 0) return [];
  const vocab = choices.map((c) => new Set([...wordsOf(c.text), ...c.evidence.flatMap(wordsOf)]));
  const df = new Map<string, number>();
  for (const words of vocab) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log(1 + choices.length / (df.get(w) ?? 1));
  return choices
    .map((choice, i) => {
      const words = vocab[i]!;
      let common = 0;
      let total = 0;
      for (const w of words) {
        total += weight(w);
        if (page.has(w)) common += weight(w);
      }
      return { choice, score: total === 0 ? 0 : Math.round((common / Math.sqrt(total)) * 100) / 100 };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.choice.row - b.choice.row)
    .slice(0, limit);
}

/** The picker's search: every word typed must start a word of the row (id, element, text, evidence). */
export function searchRequirements(query: string, choices: readonly RequirementChoice[]): RequirementChoice[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...choices];
  return choices.filter((c) => {
    const hay = ` ${[c.id ?? '', c.element ?? '', `row ${c.row}`, c.text, ...c.evidence].join(' ').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    return terms.every((t) => hay.includes(` ${t.replace(/[^a-z0-9]+/g, ' ').trim()}`));
  });
}
