/**
 * Clips that wait for a tracker the clipper is not paired with now (it was paired with another
 * one, or unpaired): how many, for which spreadsheet, and the two ways out: pair again with that
 * tracker (they are sent then), or discard them, which asks to confirm first. Popup and options.
 */
import { useState } from 'preact/hooks';
import { send } from '../lib/messages.ts';
import type { WaitingElsewhere } from '../lib/queue-model.ts';

const clipsWait = (n: number) => (n === 1 ? '1 clip waits' : `${n} clips wait`);

function WaitingGroup({ group, howToPair, onChange }: { group: WaitingElsewhere; howToPair: string; onChange: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const n = group.count;
  const them = n === 1 ? 'it' : 'them';

  async function discard() {
    try {
      await send('queue/discard', { pairing: { url: group.pairing.url, tokenHash: group.pairing.tokenHash } });
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div class="banner bad" role="status" data-testid="waiting-elsewhere">
      <div>
        <b>
          {clipsWait(n)} for “{group.pairing.spreadsheet}”
        </b>
        , a tracker this clipper is not paired with now <span class="url">({group.pairing.url})</span>. {n === 1 ? 'It is' : 'They are'} not sent to any other
        tracker.
      </div>
      <div>
        To send {them}, {howToPair}. Or discard {them}.
      </div>
      {confirming ? (
        <div class="row" data-testid="discard-confirm">
          <span>
            Discard {n === 1 ? 'this clip' : `these ${n} clips`} for good? {n === 1 ? 'It' : 'They'} will not be saved anywhere.
          </span>
          <span>
            <button type="button" onClick={() => void discard()}>
              Discard for good
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep {them}
            </button>
          </span>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Discard {n === 1 ? 'this clip' : `these ${n} clips`}…
        </button>
      )}
      {error && <div role="alert">{error}</div>}
    </div>
  );
}

export function WaitingClips({ groups, howToPair, onChange }: { groups: readonly WaitingElsewhere[]; howToPair: string; onChange: () => void }) {
  return (
    <>
      {groups.map((g) => (
        <WaitingGroup key={`${g.pairing.url} ${g.pairing.tokenHash}`} group={g} howToPair={howToPair} onChange={onChange} />
      ))}
    </>
  );
}
