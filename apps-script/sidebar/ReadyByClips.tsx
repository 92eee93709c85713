import type { RowFinding } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { Finding } from './GapGroups.tsx';

interface Props {
  readonly rows: readonly RowFinding[];
  readonly busy: boolean;
  readonly onGoTo: (row: number) => void;
}

/** The rows a clip made ready, each naming its clip ("Ready by a clip of 2026-11-20"). Hidden when none. */
export function ReadyByClips({ rows, busy, onGoTo }: Props) {
  if (rows.length === 0) return null;
  return (
    <section class="section" aria-label="Ready by a clip">
      <Collapsible title="Ready by a clip" count={rows.length} tone="neutral">
        <ul class="findings" data-ready="clip">
          {rows.map((finding) => (
            <Finding key={finding.row} finding={finding} busy={busy} onGoTo={onGoTo} />
          ))}
        </ul>
      </Collapsible>
    </section>
  );
}
