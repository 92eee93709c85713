/**
 * Where a piece of audit preparation comes from: a source key of the reference's SOURCES.md (S15,
 * S38a, ...) or the consultancy's guide the product grew from; otherwise it is this project's own
 * wording, marked as a proposal with a note saying what it rests on.
 */

/** The consultancy's guide, "Steps to Successfully Passing SECOR Audits", cited by this name. */
export const SEED_GUIDE = 'seed guide';

/** A source key as SOURCES.md writes them (S1, S2b, S31c, S38a), or the seed guide. */
export const SOURCE_KEY = /^S\d{1,2}[a-c]?$/;

export type Provenance =
  | {
      /** A SOURCES.md key, or SEED_GUIDE. */
      readonly source: string;
    }
  | {
      /** This project's own wording: show it as a proposal, which a team may drop. */
      readonly status: 'proposal';
      /** Why it is proposed and what it rests on, for the team. */
      readonly note: string;
    };

/** True when the entry is this project's own wording rather than a source's. */
export function isProposedWording(provenance: Provenance): provenance is Extract<Provenance, { readonly status: 'proposal' }> {
  return 'status' in provenance;
}
