import type { DueSoon as DueSoonItem } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { GoToRow } from './GoToRow.tsx';
import { inDays, LAPSE_VERB, upperFirst } from '../../shared/index.ts';
import { dayText } from './format.ts';

interface Props {
  readonly items: readonly DueSoonItem[];
  readonly busy: boolean;
  readonly onGoTo: (row: number) => void;
}

function whenText(item: DueSoonItem): string {
  return `${upperFirst(LAPSE_VERB[item.why])} ${inDays(item.inDays)}, ${dayText(item.on)}`;
}

/** Items that go stale, fall due or expire in the next 30 days: still ready today. */
export function DueSoon({ items, busy, onGoTo }: Props) {
  return (
    <section class="section" aria-labelledby="due-heading">
      <h2 id="due-heading">Due soon</h2>
      {items.length === 0 ? (
        <p class="empty">Nothing goes stale or falls due in the next 30 days.</p>
      ) : (
        <Collapsible title="Next 30 days" count={items.length} tone="warn" initiallyOpen={items.length <= 5}>
          <ul class="findings">
            {[...items]
              .sort((a, b) => a.inDays - b.inDays)
              .map((item) => (
                <li class="finding" key={`${item.row}-${item.why}`}>
                  <p class="finding-meta">
                    Row {item.row} · <span class="due-when">{whenText(item)}</span>
                  </p>
                  <p class="finding-text">{item.text}</p>
                  <GoToRow row={item.row} disabled={busy} onGoTo={onGoTo} />
                </li>
              ))}
          </ul>
        </Collapsible>
      )}
    </section>
  );
}
