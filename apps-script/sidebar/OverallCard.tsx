import type { ReadinessView } from '../server/views.ts';
import { percentText, plural } from './format.ts';

interface Props {
  readonly prediction: ReadinessView['prediction'];
  readonly overall: ReadinessView['overall'];
  readonly gate: ReadinessView['gate'];
  readonly submission: ReadinessView['submission'];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthText(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  return `${MONTHS[month - 1]} ${year}`;
}

/**
 * The predicted audit score and verdict (in words, not colour alone) and why; the tracker's own
 * rows below it, as the secondary figure.
 */
export function OverallCard({ prediction, overall, gate, submission }: Props) {
  const { pass, coverage } = prediction;
  return (
    <section class={`card overall ${pass ? 'is-pass' : 'is-fail'}`} aria-labelledby="overall-heading">
      <h2 id="overall-heading" class="eyebrow">
        Predicted audit score
      </h2>
      <div class="overall-figures">
        <span class="overall-percent" data-testid="overall-percent">
          {percentText(prediction.percent)}
        </span>
        <span class="verdict" data-testid="verdict">
          <span class="verdict-icon" aria-hidden="true">
            {pass ? '✓' : '✕'}
          </span>
          Predicted: {pass ? 'PASS' : 'FAIL'}
        </span>
      </div>
      <p class="overall-count" data-testid="coverage">
        {coverage.applicable === 0
          ? 'No requirement applies yet.'
          : `${coverage.ready} of ${plural(coverage.applicable, 'requirement')} ready${prediction.by === 'points' ? ' (scored from your points)' : ''}`}
      </p>
      {prediction.reasons.length > 0 && (
        <ul class="reasons" aria-label={pass ? 'Notes' : 'Why it would fail'}>
          {prediction.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      <p class="rows-count" data-testid="rows-ready">
        Your tracker: {overall.applicable === 0 ? 'no rows can be scored yet' : `${overall.ready} of ${plural(overall.applicable, 'row')} ready`}
      </p>
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
