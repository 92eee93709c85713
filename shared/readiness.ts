import type { JudgedItem } from './gaps.ts';
import { ELEMENTS } from './reference/elements.ts';
import type { ElementId } from './reference/types.ts';

export interface ElementScore {
  readonly id: ElementId;
  readonly name: string;
  readonly applicable: number;
  readonly ready: number;
  /** One decimal; null when the element has nothing to score. */
  readonly percent: number | null;
  readonly points: { readonly available: number; readonly earned: number } | null;
}

export interface Readiness {
  readonly elements: readonly ElementScore[];
  readonly overall: {
    readonly applicable: number;
    readonly ready: number;
    readonly percent: number | null;
    readonly points: { readonly available: number; readonly earned: number } | null;
  };
  /** E0, the eligibility and submission gate: checked, not scored. */
  readonly gate: { readonly applicable: number; readonly ready: number };
  /** Scored elements with no applicable item. */
  readonly elementsWithoutItems: readonly ElementId[];
  readonly scoredBy: 'items' | 'points';
}

/** A share as a percent with one decimal, halves rounded up. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}

interface Tally {
  applicable: number;
  ready: number;
  available: number;
  earned: number;
}

function count(t: Tally, item: JudgedItem, ready: boolean): void {
  t.applicable++;
  if (ready) t.ready++;
  if (item.points) {
    t.available += item.points.available;
    if (ready) t.earned += item.points.earned;
  }
}

function tallyOf(): Tally {
  return { applicable: 0, ready: 0, available: 0, earned: 0 };
}

/**
 * Scores the tracker's own rows: element percent = ready / applicable items (or, in a points
 * tracker, points earned on ready items / points available); overall over every scored element.
 * An item with a gap earns no points, whatever its points cell says: a reviewer gives none without
 * dated evidence. The verdict is the prediction's (prediction.ts), not the rows'.
 */
export function scoreReadiness(items: readonly JudgedItem[], byPoints: boolean): Readiness {
  const perElement = new Map<ElementId, Tally>();
  const overall = tallyOf();
  const gate = tallyOf();
  for (const item of items) {
    const { verdict } = item;
    if (verdict.readiness === 'n/a') continue;
    const ready = verdict.readiness === 'ready';
    // E0 is the submission's gate, apart from the score; a row of E1-E9 counts overall and in its element.
    if (item.element === 'E0') count(gate, item, ready);
    else {
      count(overall, item, ready);
      if (item.element !== null) {
        let t = perElement.get(item.element);
        if (!t) perElement.set(item.element, (t = tallyOf()));
        count(t, item, ready);
      }
    }
  }

  const percent = (t: Tally): number | null => (byPoints ? percentOf(t.earned, t.available) : percentOf(t.ready, t.applicable));
  const pointsOf = (t: Tally) => (byPoints ? { available: t.available, earned: t.earned } : null);
  const elements: ElementScore[] = ELEMENTS.filter((e) => e.scored && perElement.has(e.id)).map((e) => {
    const t = perElement.get(e.id)!;
    return { id: e.id, name: e.name, applicable: t.applicable, ready: t.ready, percent: percent(t), points: pointsOf(t) };
  });

  return {
    elements,
    overall: { applicable: overall.applicable, ready: overall.ready, percent: percent(overall), points: pointsOf(overall) },
    gate: { applicable: gate.applicable, ready: gate.ready },
    elementsWithoutItems: ELEMENTS.filter((e) => e.scored && !perElement.has(e.id)).map((e) => e.id),
    scoredBy: byPoints ? 'points' : 'items',
  };
}
