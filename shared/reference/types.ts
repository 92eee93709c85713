export type ElementId = 'E0' | 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E7' | 'E8' | 'E9';

/** D documentation, I interview, O observation. */
export type AuditMethod = 'D' | 'I' | 'O';

/** CP a certifying partner's tool, LAW Alberta legislation, CONS a consultant, GK a proposal to verify. */
export type Basis = 'CP' | 'LAW' | 'CONS' | 'GK';

/** One item of the default SECOR checklist. */
export interface ReferenceRequirement {
  readonly id: string;
  readonly element: ElementId;
  readonly text: string;
  /** Kinds of record that prove it. */
  readonly evidence: readonly string[];
  /** How far back records must reach, in days; null when not applicable. */
  readonly evidenceWindowDays: number | null;
  /** How often a new record or review is expected, in days; null when event-driven. */
  readonly refreshIntervalDays: number | null;
  /** Legal minimum retention in days, where a source gives one. */
  readonly retentionDays: number | null;
  readonly method: readonly AuditMethod[];
  readonly basis: readonly Basis[];
  readonly sources: readonly string[];
  /** How teams word it in their own trackers ("toolbox talks", "fire drill"): matched, never shown as the requirement. */
  readonly wordings: readonly string[];
  /** The data's own caveat ("verify the current rule"): for maintainers, never shown to users. */
  readonly researchNote: string | null;
}

/** A requirement based only on a consultant or a proposal to verify: a team may well switch it off. */
export function isProposal(requirement: ReferenceRequirement): boolean {
  return !requirement.basis.includes('CP') && !requirement.basis.includes('LAW');
}
