import type { PracticeView, PractisedRequirementView } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { GoToRow } from './GoToRow.tsx';
import { percentText, plural } from './format.ts';
import './PracticePanel.css';

interface Props {
  readonly practice: PracticeView;
  readonly busy: boolean;
  readonly onPrepare: () => void;
  readonly onWalk: () => void;
  readonly onGoTo: (row: number, sheetId: number | null) => void;
}

const FINDING_TEXT: Record<PractisedRequirementView['finding'], string> = {
  ready: 'ready',
  gap: 'needs practice',
  'not practised': 'not practised yet',
  'not walked': 'not walked yet',
};

function Requirements({ rows, unit }: { readonly rows: readonly PractisedRequirementView[]; readonly unit: 'interview' | 'walk' }) {
  return (
    <ul class="practised">
      {rows.map((r) => (
        <li key={r.id} class={`practised-row is-${r.finding.replace(' ', '-')}`} data-testid={`practised-${r.id}`}>
          <span class="practised-id">{r.id}</span>
          <span class="practised-text">{r.text}</span>
          <span class="practised-score">
            {r.percent === null
              ? FINDING_TEXT[r.finding]
              : `${percentText(r.percent)} · ${unit === 'interview' ? `${r.good} of ${plural(r.asked, 'person', 'people')} answered well` : `${r.good} of ${plural(r.asked, 'item')} in place`} · ${FINDING_TEXT[r.finding]}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Interviews and the site walk, from the team's own practice log and walk: apart from the
 * documentary prediction above, which they never change, and scored as the CP tools score them.
 */
export function PracticePanel({ practice, busy, onPrepare, onWalk, onGoTo }: Props) {
  const practised = practice.interviews.filter((r) => r.percent !== null).length;
  const walked = practice.observations.filter((r) => r.percent !== null).length;
  return (
    <section class="section" aria-labelledby="practice-heading" data-testid="practice">
      <h2 id="practice-heading">Interviews and site walk</h2>
      <p class="hint">
        Apart from the predicted score: the audit also asks people and looks at the site. A requirement is ready when at least {practice.readyPercent}&nbsp;% of
        the people practising it answer well, or of the items walked are in place (a proposal).
      </p>
      <Collapsible
        title="Interviews practised"
        count={practised}
        tone={practice.interviews.some((r) => r.finding === 'gap') ? 'warn' : 'neutral'}
        initiallyOpen={practised > 0}
      >
        <Requirements rows={practice.interviews} unit="interview" />
      </Collapsible>
      <Collapsible title="Site walk" count={walked} tone={practice.notInPlace > 0 ? 'warn' : 'neutral'} initiallyOpen={walked > 0}>
        {practice.notInPlace > 0 && (
          <p class="hint">
            {plural(practice.notInPlace, 'item')} found not in place: Create action plan lists {practice.notInPlace === 1 ? 'it' : 'them'}.
          </p>
        )}
        <Requirements rows={practice.observations} unit="walk" />
      </Collapsible>
      {practice.skipped.length > 0 && (
        <ul class="notice notice-warn" data-testid="practice-skipped">
          {practice.skipped.map((s) => (
            <li key={`${s.sheet}-${s.row}`}>
              {s.sheet}, row {s.row}: {s.why}.{' '}
              <GoToRow
                row={s.row}
                sheet={s.sheet}
                disabled={busy}
                onGoTo={(row) => onGoTo(row, s.sheet === practice.practiceSheet?.name ? practice.practiceSheet.sheetId : (practice.walkSheet?.sheetId ?? null))}
              />
            </li>
          ))}
        </ul>
      )}
      <div class="button-stack">
        <button type="button" class="btn" onClick={onPrepare} disabled={busy}>
          {practice.practiceSheet ? `Open ${practice.practiceSheet.name}` : 'Prepare for interviews'}
        </button>
        <button type="button" class="btn" onClick={onWalk} disabled={busy}>
          {practice.walkSheet ? `Open ${practice.walkSheet.name}` : 'Plan a site walk'}
        </button>
      </div>
    </section>
  );
}
