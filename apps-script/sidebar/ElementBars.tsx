import type { ElementView, PredictedElementView, ReadinessView } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { percentText, plural, shortName } from './format.ts';
import './ElementBars.css';

interface Props {
  readonly prediction: ReadinessView['prediction'];
  /** The tracker's own rows per element: the secondary figure. */
  readonly rows: readonly ElementView[];
}

/**
 * A bar per element of the predicted audit with the 50 % line; elements under it get a warning
 * colour and say what is missing. The tracker's rows in the element are shown beside, smaller.
 */
export function ElementBars({ prediction, rows }: Props) {
  const rowsOf = new Map(rows.map((e) => [e.id, e]));
  return (
    <section class="section" aria-labelledby="elements-heading">
      <h2 id="elements-heading">Elements</h2>
      <p class="hint">
        Requirements ready per element; <span class="legend-mark" aria-hidden="true" /> marks 50&nbsp;%, the minimum for each.
      </p>
      <ul class="bars">
        {prediction.elements.map((element) => (
          <ElementBar key={element.id} element={element} rows={rowsOf.get(element.id)} />
        ))}
      </ul>
      {prediction.toPrepare.length > 0 && (
        <Collapsible title="Asked at interview or observation" count={prediction.toPrepare.length}>
          <p class="field-note">Not scored from documents: prepare the people who will be asked, and what the auditor will look at.</p>
          <ul class="prepare-list" data-testid="to-prepare">
            {prediction.toPrepare.map((r) => (
              <li key={r.id}>
                <span class="check-id">{r.id}</span> {r.text}
              </li>
            ))}
          </ul>
        </Collapsible>
      )}
    </section>
  );
}

function missingText(element: PredictedElementView): string {
  const parts = [element.missing > 0 ? `${element.missing} with no row` : '', element.gap > 0 ? `${element.gap} with a gap` : ''].filter(Boolean);
  return parts.join(', ');
}

function ElementBar({ element, rows }: { readonly element: PredictedElementView; readonly rows: ElementView | undefined }) {
  const percent = element.percent;
  const low = percent !== null && percent < 50;
  const width = percent === null ? 0 : Math.max(0, Math.min(100, percent));
  const short = missingText(element);
  return (
    <li class={`bar-item ${low ? 'is-low' : ''} ${percent === null ? 'is-none' : ''}`} data-element={element.id}>
      <div class="bar-head">
        <span class="bar-id">{element.id}</span>
        <span class="bar-name" title={element.name}>
          {shortName(element.name)}
        </span>
        <span class="bar-count">
          {element.ready}/{element.applicable}
          <span class="sr-only"> requirements ready</span>
        </span>
        <span class="bar-percent">{percentText(percent)}</span>
      </div>
      <div class="bar-track" aria-hidden="true">
        <div class="bar-fill" style={{ width: `${width}%` }} />
        <div class="bar-mark" />
      </div>
      <div class="bar-foot">
        {low && <span class="bar-low">Below the 50&nbsp;% minimum{short ? `: ${short}` : ''}</span>}
        {!low && short && <span class="bar-short">{short}</span>}
        <span class="bar-rows" data-testid="bar-rows">
          {rows ? `${rows.ready} of ${plural(rows.applicable, 'row')} ready` : 'no rows'}
        </span>
      </div>
    </li>
  );
}
