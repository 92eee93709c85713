import { type ClippedItem, type ElementId, GAP_LABEL, isoFromDay, type JudgedItem, WARNING_LABEL } from '../../shared/index.ts';

/**
 * The add-on's Readiness cell: the verdict first (what the colour rules key on), then what is
 * wrong, then the requirement or element it counted under, e.g.
 * "GAP · Missing evidence, Stale evidence · E4-02", "READY · E1-01", "N/A · E5"; a row a clip
 * made ready names it: "READY · by a clip of 2026-11-20 · E5-02".
 */
export const VERDICT_WORD = { gap: 'GAP', warning: 'WARNING', ready: 'READY', 'n/a': 'N/A' } as const;
export type VerdictWord = keyof typeof VERDICT_WORD;

const SEPARATOR = ' · ';

export function readinessCellText(item: JudgedItem<ClippedItem>): string {
  const { verdict } = item;
  const where = item.requirement?.id ?? item.element ?? '';
  const word: VerdictWord = verdict.readiness === 'ready' && verdict.warnings.length > 0 ? 'warning' : verdict.readiness;
  const what = verdict.gaps.length > 0 ? verdict.gaps.map((g) => GAP_LABEL[g]) : verdict.warnings.map((w) => WARNING_LABEL[w]);
  return [VERDICT_WORD[word], what.join(', '), readyByClip(item) ?? '', where].filter((part) => part !== '').join(SEPARATOR);
}

/** "by a clip of 2026-11-20" when a clip is the record that makes the row ready; null otherwise. */
export function readyByClip(item: JudgedItem<ClippedItem>): string | null {
  if (item.verdict.readiness !== 'ready' || item.byClip === undefined) return null;
  const { recordDate } = item.byClip;
  return recordDate === null ? 'by a clip' : `by a clip of ${isoFromDay(recordDate)}`;
}

/** True for text the add-on writes into its Readiness column ("GAP · ...", "READY · E1-01", "N/A"). */
export function isReadinessCellText(text: string): boolean {
  return /^(GAP|WARNING|READY|N\/A)( · .+)?$/.test(text);
}

/** The element a Readiness cell recorded, so an edit below it can carry it down. */
export function elementOfReadinessCell(text: string): ElementId | null {
  const m = /(?:^|· )(E\d)(?:-\d\d)?$/.exec(text.trim());
  return m ? (m[1] as ElementId) : null;
}

/** Colours of the rows, keyed on the Readiness column: soft enough to read the team's text through. */
export const ROW_COLOURS: Record<VerdictWord, string> = {
  gap: '#f4c7c3',
  warning: '#fce8b2',
  ready: '#d9ead3',
  'n/a': '#eeeeee',
};

/** The colour rule formula for a verdict, relative to the first row of the table. */
export function ruleFormula(word: VerdictWord, readinessLetter: string, firstRow: number): string {
  const text = VERDICT_WORD[word];
  return `=LEFT($${readinessLetter}${firstRow},${text.length})="${text}"`;
}

/** True for a formula this add-on wrote (any column, any row), so re-setup replaces rather than duplicates. */
export function isOwnRuleFormula(formula: string): boolean {
  return /^=LEFT\(\$[A-Z]{1,3}\d+,\d\)="(GAP|WARNING|READY|N\/A)"$/.test(formula);
}
