import type { ReadinessView } from '../server/views.ts';
import { percentText, plural } from './format.ts';

interface Props {
  readonly overall: ReadinessView['overall'];
  readonly gate: ReadinessView['gate'];
  readonly submission: ReadinessView['submission'];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthText(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  return `${MONTHS[month - 1]} ${year}`;
}

/** The overall percent, the predicted verdict (in words, not colour alone) and why. */
export function OverallCard({ overall, gate, submission }: Props) {
  const verdict = overall.pass ? 'PASS' : 'FAIL';
  return (
    <section class={`card overall ${overall.pass ? 'is-pass' : 'is-fail'}`} aria-labelledby="overall-heading">
      <h2 id="overall-heading" class="eyebrow">Overall readiness</h2>
      <div class="overall-figures">
        <span class="overall-percent" data-testid="overall-percent">{percentText(overall.percent)}</span>
        <span class="verdict" data-testid="verdict">
          <span class="verdict-icon" aria-hidden="true">{overall.pass ? '✓' : '✕'}</span>
          Predicted: {verdict}
        </span>
      </div>
      <p class="overall-count">
        {overall.applicable === 0
          ? 'No items can be scored yet.'
          : `${overall.ready} of ${plural(overall.applicable, 'item')} ready`}
      </p>
      {overall.reasons.length > 0 && (
        <ul class="reasons" aria-label={overall.pass ? 'Notes' : 'Why it would fail'}>
          {overall.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p class="pass-rule">Pass: 80&nbsp;% overall and 50&nbsp;% in every element.</p>
      {submission && (
        <p class="submission" data-testid="submission">
          Yearly submission due in {monthText(submission.month)}
          {submission.partner ? ` (${submission.partner})` : ''}
        </p>
      )}
      {gate.applicable > 0 && (
        <p class="gate">
          Eligibility (E0): {gate.ready} of {gate.applicable} checked
          {gate.ready < gate.applicable ? ' (not scored, but needed to submit)' : ''}
        </p>
      )}
    </section>
  );
}
