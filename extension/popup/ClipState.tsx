/** The save state of one clip: queued, sending, saved to a row, or why not (with Retry), read from the history the background keeps. */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../lib/history-model.ts';
import { send } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';

export function ClipState({ clipId, title }: { clipId: string; title: string }) {
  const [entry, setEntry] = useState<HistoryEntry | null>(null);

  // The clip's state comes from the history the background keeps in storage.
  useEffect(() => {
    const read = () => void items.history.get().then((h) => setEntry(h.find((e) => e.id === clipId) ?? null));
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && items.history.key in changes) read();
    };
    chrome.storage.onChanged.addListener(listener);
    read();
    return () => chrome.storage.onChanged.removeListener(listener);
  }, [clipId]);

  const s = entry?.state ?? 'queued';
  return (
    <main>
      <h1>{title}</h1>
      <p data-testid="clip-state" data-state={s} class={`banner ${s === 'saved' ? 'ok' : s === 'failed' ? 'bad' : 'info'}`} role="status">
        {s === 'saved' && entry?.saved
          ? `Saved to row ${entry.saved.row} of ${entry.saved.sheet}${entry.saved.duplicate ? ' (it was already there)' : ''}.`
          : s === 'failed' && entry?.error
            ? `${entry.error.retryable ? 'Not saved yet' : 'Not saved'}: ${entry.error.message}${entry.error.retryable && entry.error.nextAt ? ` The clip is kept in the queue and sent by itself when the tracker answers; next try at ${new Date(entry.error.nextAt).toLocaleTimeString()}.` : ''}`
            : s === 'sending'
              ? 'Sending to the tracker…'
              : s === 'discarded'
                ? 'Discarded before it was sent.'
                : 'Queued: it will be sent as soon as the tracker answers.'}
      </p>
      {s === 'failed' && (
        <button type="button" onClick={() => void send('clip/retry', { id: clipId })}>
          Retry
        </button>
      )}
      <p class="muted">{entry?.requirementLabel}</p>
    </main>
  );
}
