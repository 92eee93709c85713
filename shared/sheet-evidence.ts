import type { Day } from './dates.ts';

/** The kinds of sheet, beside the checklist, whose rows a reviewer reads as evidence directly. */
export type EvidenceSheetKind = 'training-matrix' | 'activity-log' | 'document-register';

/**
 * What one confirmed sheet shows a reviewer for one requirement ("E4-02: Inspections, 10 of 12
 * months"). The judges of matrices, logs and registers give these; the prediction counts them
 * beside the checklist's rows and the clips, so the audit is predicted over the whole workbook.
 */
export interface SheetEvidence {
  /** The reference requirement it evidences, e.g. "E4-02". */
  readonly requirement: string;
  /** The sheet's name, as its tab (or a CSV's file name). */
  readonly sheet: string;
  readonly kind: EvidenceSheetKind;
  /** ready: the reviewer would count it as met; gap: it shows the requirement only partly met. */
  readonly finding: 'ready' | 'gap';
  /** In a few words, for the sidebar and the report: "10 of 12 months", "2 of 18 tickets expired". */
  readonly summary: string;
  /** Sheet rows (1-based) it rests on, those with a gap first, for Go to row and the Evidence Index. */
  readonly rows: readonly number[];
  /** The newest dated record behind it, or null when it has none. */
  readonly latest: Day | null;
}

/** Evidence in one line, as the sidebar and the report name it: "Training: 2 of 18 tickets expired". */
export function describeSheetEvidence(evidence: Pick<SheetEvidence, 'sheet' | 'summary'>): string {
  return `${evidence.sheet}: ${evidence.summary}`;
}
