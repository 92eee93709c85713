import type { ElementView, ReadinessView } from '../server/views.ts';
import { percentText, shortName } from './format.ts';

interface Props {
  readonly elements: readonly ElementView[];
  readonly withoutItems: ReadinessView['elementsWithoutItems'];
}

/** A bar per element with the 50 % line; elements under it get a warning colour and say so. */
export function ElementBars({ elements, withoutItems }: Props) {
  return (
    <section class="section" aria-labelledby="elements-heading">
      <h2 id="elements-heading">Elements</h2>
      <p class="hint">
        <span class="legend-mark" aria-hidden="true" /> marks 50&nbsp;%, the minimum for each element.
      </p>
      {elements.length === 0 ? (
        <p class="empty">No scored elements yet.</p>
      ) : (
        <ul class="bars">
          {elements.map((element) => (
            <ElementBar key={element.id} element={element} />
          ))}
        </ul>
      )}
      {withoutItems.length > 0 && (
        <div class="notice notice-warn" role="note" data-testid="without-items">
          <strong>No items for {withoutItems.length === 1 ? 'this element' : 'these elements'}:</strong>
          <ul>
            {withoutItems.map((element) => (
              <li key={element.id}>
                {element.id} {element.name}
              </li>
            ))}
          </ul>
          <span>An audit scores every element: add rows for {withoutItems.length === 1 ? 'it' : 'them'}.</span>
        </div>
      )}
    </section>
  );
}

function ElementBar({ element }: { readonly element: ElementView }) {
  const percent = element.percent;
  const low = percent !== null && percent < 50;
  const width = percent === null ? 0 : Math.max(0, Math.min(100, percent));
  return (
    <li class={`bar-item ${low ? 'is-low' : ''} ${percent === null ? 'is-none' : ''}`} data-element={element.id}>
      <div class="bar-head">
        <span class="bar-id">{element.id}</span>
        <span class="bar-name" title={element.name}>
          {shortName(element.name)}
        </span>
        <span class="bar-count">
          {element.ready}/{element.applicable}
          <span class="sr-only"> ready</span>
        </span>
        <span class="bar-percent">{percentText(percent)}</span>
      </div>
      <div class="bar-track" aria-hidden="true">
        <div class="bar-fill" style={{ width: `${width}%` }} />
        <div class="bar-mark" />
      </div>
      {low && <div class="bar-low">Below the 50&nbsp;% minimum</div>}
    </li>
  );
}
