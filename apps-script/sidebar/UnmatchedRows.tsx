import { useEffect, useRef } from 'preact/hooks';
import type { ReadinessView, UnmatchedRow } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { GoToRow } from './GoToRow.tsx';
import './UnmatchedRows.css';

interface Props {
  readonly rows: readonly UnmatchedRow[];
  readonly requirementColumn: ReadinessView['requirementColumn'];
  readonly busy: boolean;
  readonly onPick: (row: UnmatchedRow, id: string) => void;
  readonly onGoTo: (row: number) => void;
}

/** What a row needs to count toward a requirement, and who writes it. */
function introText(column: ReadinessView['requirementColumn']): string {
  if (column === null) return 'These count toward no requirement. Set up this sheet again to give them a Requirement column.';
  if (column.ownedBy === 'team')
    return `These count toward no requirement until your ID column (${column.letter}) names one: the add-on leaves that column to you.`;
  return `Click the requirement each row tracks: its id goes into the Requirement column (${column.letter}), then the sheet is rescanned.`;
}

/**
 * The rows the matcher was unsure of, each with the requirements it may track, best first. Where
 * the add-on has its own Requirement column a click on a candidate writes its id there (the click
 * is the confirmation); where the team keeps its own ids the candidates are a hint of what to type.
 */
export function UnmatchedRows({ rows, requirementColumn, busy, onPick, onGoTo }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const picked = useRef(false);
  // The picked row leaves the list with the new view, and its button with it: focus goes to the
  // heading rather than to nowhere (only when it was lost, so a later Rescan keeps its own).
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (picked.current && lost) heading.current?.focus();
    picked.current = false;
  }, [rows]);
  const pick = (row: UnmatchedRow, id: string) => {
    picked.current = true;
    onPick(row, id);
  };
  return (
    <section class="section" aria-labelledby="unmatched-heading">
      <h2 id="unmatched-heading" ref={heading} tabIndex={-1}>
        Unmatched rows
      </h2>
      {rows.length === 0 ? (
        <p class="empty">Every row is matched to a requirement.</p>
      ) : (
        <Collapsible title="Rows not matched to a requirement" count={rows.length} tone="warn" initiallyOpen={rows.length <= 5}>
          <p class="hint unmatched-intro">{introText(requirementColumn)}</p>
          <ul class="findings" data-unmatched="">
            {rows.map((row) => (
              <li class="finding" key={row.row} data-row={row.row}>
                <p class="finding-meta">
                  Row {row.row}
                  {row.element && <span> · {row.element}</span>}
                </p>
                <p class="finding-text">{row.text}</p>
                <Candidates row={row} column={requirementColumn} busy={busy} onPick={pick} />
                <GoToRow row={row.row} disabled={busy} onGoTo={onGoTo} />
              </li>
            ))}
          </ul>
        </Collapsible>
      )}
    </section>
  );
}

function Candidates({
  row,
  column,
  busy,
  onPick,
}: {
  readonly row: UnmatchedRow;
  readonly column: ReadinessView['requirementColumn'];
  readonly busy: boolean;
  readonly onPick: Props['onPick'];
}) {
  const [best] = row.candidates;
  if (best === undefined) {
    return <p class="hint">No requirement comes close{column ? `: if it tracks one, type its id in column ${column.letter}` : ''}.</p>;
  }
  if (column?.ownedBy === 'add-on') {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a group of buttons, named for screen readers; not a form's fieldset.
      <div class="candidates" role="group" aria-label={`Pick the requirement row ${row.row} tracks`}>
        {row.candidates.map((candidate) => (
          <button type="button" key={candidate.id} class="btn candidate" title={candidate.text} disabled={busy} onClick={() => onPick(row, candidate.id)}>
            <span class="candidate-label">
              <span class="candidate-id">{candidate.id}</span> · {candidate.text}
            </span>
          </button>
        ))}
      </div>
    );
  }
  return (
    <>
      <ul class="candidate-hints" aria-label={`Requirements row ${row.row} may track`}>
        {row.candidates.map((candidate) => (
          <li key={candidate.id}>
            <span class="candidate-id">{candidate.id}</span> · {candidate.text}
          </li>
        ))}
      </ul>
      {column && (
        <p class="hint">
          Write {best.id} in your ID column ({column.letter}) if that is what it tracks.
        </p>
      )}
    </>
  );
}
