import type { GapGroup, RowFinding } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { plural } from './format.ts';
import { GoToRow } from './GoToRow.tsx';

interface Props {
  readonly groups: readonly GapGroup[];
  readonly busy: boolean;
  readonly onGoTo: (row: number) => void;
}

/** The rows that block readiness, by kind of gap, worst kind first (the first group starts open). */
export function GapGroups({ groups, busy, onGoTo }: Props) {
  const rows = new Set(groups.flatMap((group) => group.rows.map((finding) => finding.row)));
  return (
    <section class="section" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps {rows.size > 0 && <span class="heading-note">{plural(rows.size, 'row')}</span>}</h2>
      {groups.length === 0 ? (
        <p class="empty">No gaps: every applicable item is ready.</p>
      ) : (
        groups.map((group, index) => (
          <Collapsible key={group.kind} title={group.label} count={group.rows.length} tone="danger" initiallyOpen={index === 0}>
            <ul class="findings" data-gap={group.kind}>
              {group.rows.map((finding) => (
                <Finding key={finding.row} finding={finding} busy={busy} onGoTo={onGoTo} />
              ))}
            </ul>
          </Collapsible>
        ))
      )}
    </section>
  );
}

/** One row: where it is, its text, what is wrong or the clip that made it ready, and a link to it. */
export function Finding({ finding, busy, onGoTo }: { readonly finding: RowFinding; readonly busy: boolean; readonly onGoTo: (row: number) => void }) {
  return (
    <li class="finding">
      <p class="finding-meta">
        Row {finding.row}
        {finding.element && <span> · {finding.element}</span>}
        {finding.requirement && <span> · {finding.requirement}</span>}
      </p>
      <p class="finding-text">{finding.text}</p>
      {finding.readyByClip && (
        <p class="finding-clip" data-testid="ready-by-clip">
          Ready {finding.readyByClip}
        </p>
      )}
      {finding.details.length > 0 && (
        <ul class="details">
          {finding.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <GoToRow row={finding.row} disabled={busy} onGoTo={onGoTo} />
    </li>
  );
}
