import type { InstallationReport } from '../server/views.ts';
import { plural, timeText } from './format.ts';
import './InstallationCheck.css';

interface Props {
  readonly report: InstallationReport;
  readonly busy: boolean;
  readonly onCheckAgain: () => void;
  readonly onBack: () => void;
}

/** "Check the installation": each thing the add-on relies on, whether it works, and what to do when not. */
export function InstallationCheck({ report, busy, onCheckAgain, onBack }: Props) {
  const problems = report.checks.filter((check) => !check.ok).length;
  return (
    <div class="installation">
      <h2 class="view-title">Check the installation</h2>
      <p class={`notice ${problems === 0 ? 'notice-ok' : 'notice-warn'}`} data-testid="check-summary">
        {problems === 0 ? 'Everything the add-on relies on works.' : `${plural(problems, 'problem')} to fix: each says what to do.`}
      </p>
      <ul class="checks">
        {report.checks.map((check) => (
          <li key={check.name} class={`install-check ${check.ok ? 'is-ok' : 'is-problem'}`} data-testid="check">
            <span class="check-mark" aria-hidden="true">
              {check.ok ? '✓' : '!'}
            </span>
            <div class="check-text">
              <span class="check-name">
                <span class="sr-only">{check.ok ? 'Works: ' : 'Problem: '}</span>
                {check.name}
              </span>
              <span class="check-found">{check.found}</span>
              {check.todo && (
                <span class="check-todo">
                  <b>What to do:</b> {check.todo}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p class="field-note">
        Checked {timeText(report.checkedAt)}. The check changes nothing of yours: it reads, takes and releases a lock, and removes the Drive folder it makes.
      </p>
      <div class="button-row">
        <button type="button" class="btn btn-primary" onClick={onCheckAgain} disabled={busy}>
          Check again
        </button>
        <button type="button" class="btn btn-quiet" onClick={onBack} disabled={busy}>
          Back to readiness
        </button>
      </div>
    </div>
  );
}
