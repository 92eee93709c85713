import type { ClippedItem } from './clips.ts';
import type { Day } from './dates.ts';
import { REFERENCE_CHECKLIST } from './reference/checklist.ts';
import type { SheetEvidence } from './sheet-evidence.ts';

const BY_ID = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));

/** Lower case, words only: "Monthly Inspections tab" and "monthly-inspections" read alike. */
function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/**
 * The sheet of the workbook a checklist row's evidence names ("see Monthly Inspections tab",
 * "Tickets sheet", "Incident Log"), whole words, the longest name first; null when it names none.
 */
export function pointedSheet(evidence: string, sheets: readonly string[]): string | null {
  if (evidence === '') return null;
  const text = words(evidence);
  const named = sheets.filter((s) => words(s).trim().length >= 3 && text.includes(words(s))).sort((a, b) => b.length - a.length);
  return named[0] ?? null;
}

/**
 * A row whose evidence is another sheet of the workbook is evidenced by that sheet, as a reviewer
 * follows the pointer: an undated row takes the sheet's newest record as its date, and a row the
 * matcher left unmatched takes the requirement the sheet speaks for (the one in the row's element
 * when the sheet speaks for several, else its first). The sheet's own verdict still counts apart,
 * in the prediction.
 */
export function applySheetPointers(
  items: readonly ClippedItem[],
  evidence: readonly Pick<SheetEvidence, 'sheet' | 'requirement' | 'latest'>[],
  today: Day,
): ClippedItem[] {
  if (evidence.length === 0) return [...items];
  const sheets = [...new Set(evidence.map((e) => e.sheet))];
  return items.map((item) => {
    const sheet = pointedSheet(item.evidence, sheets);
    if (sheet === null) return item;
    const own = evidence.filter((e) => e.sheet === sheet);
    const forRow = item.requirement
      ? own.filter((e) => e.requirement === item.requirement!.id)
      : [own.find((e) => e.requirement.slice(0, 2) === item.element) ?? own[0]!];
    const requirement = item.requirement ?? BY_ID.get(forRow[0]?.requirement ?? '') ?? null;
    // A record dated after today is a typo on the sheet, never the row's date.
    const latest = newest((forRow.length > 0 ? forRow : own).map((e) => (e.latest !== null && e.latest <= today ? e.latest : null)));
    const dated = latest !== null && (item.date === null || latest > item.date);
    if (!dated && requirement === item.requirement) return item;
    return {
      ...item,
      requirement,
      candidates: requirement === item.requirement ? item.candidates : [],
      ...(dated ? { date: latest, unreadableDate: null, bySheet: { sheet, latest } } : {}),
    };
  });
}

function newest(days: readonly (Day | null)[]): Day | null {
  let best: Day | null = null;
  for (const d of days) if (d !== null && (best === null || d > best)) best = d;
  return best;
}
