import { columnLetter } from './cells.ts';
import type { TrackerEvaluation } from './evaluate.ts';
import type { GapKind, ItemReadiness, WarningKind } from './gaps.ts';
import { ROLES, type Role } from './layout/roles.ts';
import type { MatchCandidate } from './requirement-match.ts';
import type { Prediction } from './prediction.ts';

/** The scan's published JSON contract (README: "The JSON contract"): 1-based rows, column letters. */
export interface ScanReport {
  readonly headerRow: number;
  readonly columns: Record<Role, string | null>;
  readonly confidence: Record<Role, number>;
  readonly points: { readonly available: string; readonly earned: string } | null;
  readonly rows: readonly {
    readonly row: number;
    readonly element: string | null;
    readonly requirement: string | null;
    readonly matchScore: number;
    readonly status: ItemReadiness;
    readonly gaps: readonly GapKind[];
    readonly warnings: readonly WarningKind[];
    /** An unmatched row's best requirements (id, score), best first, to pick from; [] for a matched row. */
    readonly candidates: readonly MatchCandidate[];
  }[];
  /** `points` appears only when the tracker is scored in points. */
  readonly elements: readonly {
    readonly id: string;
    readonly name: string;
    readonly applicable: number;
    readonly ready: number;
    readonly percent: number | null;
    readonly points?: { readonly available: number; readonly earned: number };
  }[];
  readonly overall: { readonly percent: number | null };
  /** The headline: the audit predicted over the team's profile (README: "How verdicts are made"). */
  readonly prediction: Prediction;
  readonly gate: { readonly applicable: number; readonly ready: number };
  readonly elementsWithoutItems: readonly string[];
  readonly missing: readonly string[];
}

export function toScanReport(evaluation: TrackerEvaluation): ScanReport {
  const { layout, items, readiness, prediction, missing } = evaluation;
  const letter = (c: number | null): string | null => (c === null ? null : columnLetter(c));
  const columns = Object.fromEntries(ROLES.map((role) => [role, letter(layout.columns[role])])) as Record<Role, string | null>;
  return {
    headerRow: layout.headerRow + 1,
    columns,
    confidence: { ...layout.confidence },
    points: layout.points && { available: columnLetter(layout.points.available), earned: columnLetter(layout.points.earned) },
    rows: items.map((item) => ({
      row: item.row + 1,
      element: item.element,
      requirement: item.requirement?.id ?? null,
      matchScore: item.matchScore,
      status: item.verdict.readiness,
      gaps: item.verdict.gaps,
      warnings: item.verdict.warnings,
      candidates: item.candidates,
    })),
    elements: readiness.elements.map(({ id, name, applicable, ready, percent, points }) =>
      points === null ? { id, name, applicable, ready, percent } : { id, name, applicable, ready, percent, points },
    ),
    overall: { percent: readiness.overall.percent },
    prediction,
    gate: readiness.gate,
    elementsWithoutItems: readiness.elementsWithoutItems,
    missing,
  };
}
