import type { ActionPlanView } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { GoToRow } from './GoToRow.tsx';
import { dayText } from './format.ts';
import './ActionProgress.css';

interface Props {
  readonly actions: ActionPlanView;
  readonly busy: boolean;
  readonly onGoTo: (row: number, sheetId: number | null) => void;
}

/** The Action Plan's lines by status, and those past due and not done, each a click away. */
export function ActionProgress({ actions, busy, onGoTo }: Props) {
  const { counts, overdue } = actions;
  return (
    <section class="section" aria-labelledby="actions-heading" data-testid="action-progress">
      <h2 id="actions-heading">Action plan</h2>
      <p class="action-counts">
        {counts.Open} open · {counts['In progress']} in progress · {counts.Done} done · {counts.Verified} verified
      </p>
      {overdue.length === 0 ? (
        <p class="empty">No action is past its due date.</p>
      ) : (
        <Collapsible title="Overdue" count={overdue.length} tone="danger" initiallyOpen={overdue.length <= 5}>
          <ul class="findings">
            {overdue.map((o) => (
              <li class="finding" key={o.row}>
                <p class="finding-meta">
                  Due {dayText(o.due)}
                  {o.owner === '' ? '' : ` · ${o.owner}`} · {o.source}
                </p>
                <p class="finding-text">{o.item}</p>
                <GoToRow row={o.row} sheet={actions.sheetName} disabled={busy} onGoTo={(row) => onGoTo(row, actions.sheetId)} />
              </li>
            ))}
          </ul>
        </Collapsible>
      )}
    </section>
  );
}
