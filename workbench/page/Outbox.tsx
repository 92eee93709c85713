import { useEffect, useRef } from 'preact/hooks';
import type { PageApi } from '../page-api.ts';
import './Outbox.css';

/** The outbox as shown: after "Run time triggers" it has that run's `runs`. */
export type OutboxShown = PageApi['GET /api/outbox']['answer'] & { runs?: PageApi['POST /api/fire-triggers']['answer']['runs'] };

interface Props {
  readonly outbox: OutboxShown;
  readonly onClose: () => void;
}

/** The local host's record of what Apps Script would run and send: the triggers, the last run, the mail, newest first. */
export function Outbox({ outbox, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog id="outbox" aria-label="Triggers and outbox" ref={dialog} onClose={onClose}>
      <div class="bar">
        <span>Time-driven triggers and outbox</span>
        <button type="button" id="close-outbox" aria-label="Close the outbox" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </div>
      <div id="outbox-body">
        {outbox.runs && (
          <>
            <h3>This run</h3>
            <ul>
              {outbox.runs.length === 0 && <li>Nothing was due.</li>}
              {outbox.runs.map((run) => (
                <li key={run.triggerUid + run.at} class={run.error ? 'failed' : undefined}>
                  {run.handlerFunction} (due {run.at}): {run.error ?? 'completed'}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Triggers</h3>
        <ul>
          {outbox.triggers.length === 0 && <li>None: the add-on has no time-driven trigger.</li>}
          {outbox.triggers.map((trigger) => (
            <li key={trigger.handlerFunction + trigger.nextRun}>
              {trigger.handlerFunction}, next {trigger.nextRun}
            </li>
          ))}
        </ul>
        <h3>Sent mail</h3>
        {outbox.sent.length === 0 && <p>No mail sent yet.</p>}
        {[...outbox.sent].reverse().map((mail, i) => (
          <article class="mail" key={`${mail.sentAt}-${i}`}>
            <div class="head">
              To {mail.to.join(', ')} · {mail.sentAt}
              {mail.name ? ` · from ${mail.name}` : ''}
            </div>
            <div class="subject">{mail.subject}</div>
            <pre>{mail.body}</pre>
          </article>
        ))}
      </div>
    </dialog>
  );
}
