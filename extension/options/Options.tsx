/** Options: pair with a tracker (a pasted code, checked with a ping before it is kept), defaults, unpair. */
import { useEffect, useState } from 'preact/hooks';
import { send, type StateView } from '../lib/messages.ts';
import { items, type Defaults } from '../lib/storage.ts';
import { WaitingClips } from '../ui/WaitingClips.tsx';
import { plural } from '../../shared/index.ts';
import { refusedWords } from '../lib/queue-model.ts';

export function Options() {
  const [state, setState] = useState<StateView | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = () => void send('state/get', {}).then(setState);
  // What the page counts changes while it is open (a clip refused, sent after a re-pairing): it
  // follows the queue, the pairing and the defaults the background keeps.
  useEffect(() => {
    const watched: string[] = [items.queue.key, items.pairing.key, items.defaults.key];
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && watched.some((key) => key in changes)) reload();
    };
    chrome.storage.onChanged.addListener(listener);
    reload();
    return () => chrome.storage.onChanged.removeListener(listener);
  }, []);

  async function pair() {
    setBusy(true);
    setResult(null);
    try {
      const check = await send('pairing/check', { code });
      setResult(check.ok ? { ok: true, text: `Paired with “${check.spreadsheet}” as ${check.person}.` } : { ok: false, text: check.message });
      if (check.ok) setCode('');
    } catch (error) {
      setResult({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
      reload();
    }
  }

  if (!state)
    return (
      <main class="wide">
        <p class="muted">Loading…</p>
      </main>
    );
  return (
    <main class="wide">
      <h1>SECOR Ready clipper</h1>
      <section>
        {state.paired ? (
          <div class="banner ok" data-testid="paired">
            Paired with <b>{state.paired.spreadsheet}</b> as {state.paired.person}. <span class="muted url">{state.paired.url}</span>
          </div>
        ) : (
          <div class="banner info" data-testid="not-paired">
            Not paired. In the tracker's sidebar choose “Connect the clipper” (or start the workbench) and paste the pairing code here.
          </div>
        )}
        <label for="code">Pairing code</label>
        <textarea id="code" rows={3} value={code} onInput={(e) => setCode(e.currentTarget.value)} placeholder="Paste the pairing code" />
        <p class="row">
          <button class="primary" type="button" disabled={busy || code.trim() === ''} onClick={() => void pair()}>
            {busy ? 'Checking…' : 'Pair'}
          </button>
          {state.paired && (
            <button
              type="button"
              onClick={() =>
                void send('pairing/forget', {}).then(() => {
                  setResult(null);
                  reload();
                })
              }
            >
              Unpair
            </button>
          )}
        </p>
        {result && (
          <p class={`banner ${result.ok ? 'ok' : 'bad'}`} role="status" data-testid="pair-result">
            {result.text}
          </p>
        )}
        <WaitingClips groups={state.elsewhere} howToPair="paste that tracker's pairing code above and Pair" onChange={reload} />
      </section>
      <section>
        <label for="snap">Default snapshot</label>
        <select
          id="snap"
          value={state.defaults.snapshot}
          onChange={(e) => void items.defaults.set({ snapshot: e.currentTarget.value as Defaults['snapshot'] }).then(reload)}
        >
          <option value="mhtml">Page archive (MHTML)</option>
          <option value="png">Screenshot (PNG)</option>
          <option value="none">Link only</option>
        </select>
        <div class="muted">A PDF is always saved as the PDF itself.</div>
      </section>
      <section>
        <p class="muted" data-testid="queue-summary">
          {state.waiting === 0 ? 'No clips' : plural(state.waiting, 'clip')} waiting to be sent to this tracker.
        </p>
        {state.held > 0 && (
          <div class="banner bad" role="alert" data-testid="refused">
            {refusedWords(state)}
          </div>
        )}
      </section>
    </main>
  );
}
