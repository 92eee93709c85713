import type { RequirementChoice } from '../../shared/clip-protocol.ts';

/** The picker's search: every word typed must start a word of the row (id, element, text, evidence). */
export function searchRequirements(query: string, choices: readonly RequirementChoice[]): RequirementChoice[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...choices];
  return choices.filter((c) => {
    const hay = ` ${[c.id ?? '', c.element ?? '', `row ${c.row}`, c.text, ...c.evidence]
      .join(' ')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')} `;
    return terms.every((t) => hay.includes(` ${t.replace(/[^a-z0-9]+/g, ' ').trim()}`));
  });
}
