import { useEffect, useState } from 'preact/hooks';
import type { WeeklyDigestView } from '../server/views.ts';
import { call, messageOf } from './rpc.ts';
import './WeeklyDigest.css';

/**
 * The weekly digest's switch in the settings: off until the coordinator turns it on. It takes
 * effect at once (it installs or removes the add-on's weekly trigger), not with the form's Save.
 */
export function WeeklyDigest() {
  const [digest, setDigest] = useState<WeeklyDigestView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('getWeeklyDigest').then(setDigest, (e) => setError(messageOf(e)));
  }, []);

  const flip = (on: boolean) => {
    setBusy(true);
    setError(null);
    call('switchWeeklyDigest', on)
      .then(setDigest, (e) => setError(messageOf(e)))
      .finally(() => setBusy(false));
  };

  const to = digest?.recipient ?? 'you';
  return (
    <div class="field weekly-digest">
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          aria-checked={digest?.on ?? false}
          id="weekly-digest"
          checked={digest?.on ?? false}
          disabled={digest === null || busy}
          onChange={(e) => flip(e.currentTarget.checked)}
        />
        <span>Weekly digest</span>
      </label>
      <p class="field-note">
        {digest === null
          ? 'Reading the digest’s setting…'
          : digest.on
            ? `On: ${to} gets a mail ${digest.schedule} with what expires or falls due in the next 30 days and the overdue actions.`
            : `Off. Switch it on to mail ${to}, ${digest.schedule}, what expires or falls due in the next 30 days and the overdue actions. It applies at once.`}
      </p>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
