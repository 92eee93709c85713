import { useRef, useState } from 'preact/hooks';
import type { ClipperPairing, ClipperPerson } from '../server/views.ts';
import { timeText } from './format.ts';

interface Props {
  readonly people: readonly ClipperPerson[];
  /** The code just made, shown once: gone when the view is left. */
  readonly pairing: ClipperPairing | null;
  readonly busy: boolean;
  readonly onConnect: (name: string, email: string | null) => void;
  readonly onRevoke: (person: ClipperPerson) => void;
  readonly onBack?: (() => void) | undefined;
}

/** Copies text: the Clipboard API where the sidebar's frame allows it, else a selected textarea. */
async function copy(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    return document.execCommand('copy');
  }
}

/**
 * "Connect the clipper": pair a person with the Chrome extension. Their pairing code is shown
 * once (the tracker keeps only a hash of it); the list shows who is paired, when they last
 * clipped, and lets the coordinator revoke a pairing.
 */
export function ConnectClipper({ people, pairing, busy, onConnect, onRevoke, onBack }: Props) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const codeBox = useRef<HTMLTextAreaElement>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') return;
    setCopied(null);
    onConnect(name.trim(), email.trim() === '' ? null : email.trim());
    setName('');
    setEmail('');
  };

  const revoke = (person: ClipperPerson) => {
    if (window.confirm(`Revoke ${person.name}'s pairing? Their clipper stops saving to this tracker until you connect them again.`)) onRevoke(person);
  };

  return (
    <div class="clipper">
      <h2 class="view-title">Connect the clipper</h2>
      <p class="hint">The SECOR Ready Chrome extension saves web records (certificates, inspection reports) into this tracker's Evidence sheet. Each person gets their own pairing code.</p>

      {pairing && (
        <section class="card pairing" aria-labelledby="pairing-heading" data-testid="pairing">
          <h3 id="pairing-heading">Pairing code for {pairing.person.name}</h3>
          <p class="field-note">Shown only now: copy it and send it to {pairing.person.name} privately. Connecting them again makes a new code.</p>
          <label class="sr-only" for="pairing-code">Pairing code</label>
          <textarea id="pairing-code" class="pairing-code" readOnly rows={4} ref={codeBox} value={pairing.code} onFocus={(e) => e.currentTarget.select()} />
          <div class="button-row">
            <button type="button" class="btn btn-primary" onClick={() => void copy(pairing.code, codeBox.current).then((ok) => setCopied(ok ? 'yes' : 'no'))}>
              Copy code
            </button>
            <span class="copy-state" role="status" aria-live="polite">
              {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Select the code and copy it.' : ''}
            </span>
          </div>
          <ol class="steps">
            <li>Install the SECOR Ready clipper in Chrome.</li>
            <li>Open the clipper's options (right-click its icon, then Options).</li>
            <li>Paste the code and press Save: the clipper checks it with this tracker.</li>
          </ol>
        </section>
      )}

      <form class="card connect-form" onSubmit={submit}>
        <h3>Add a person</h3>
        <div class="field">
          <label for="clipper-name">Name</label>
          <input id="clipper-name" type="text" maxLength={80} required autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} disabled={busy} />
        </div>
        <div class="field">
          <label for="clipper-email">Email (optional)</label>
          <input id="clipper-email" type="email" maxLength={254} autoComplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} disabled={busy} />
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy || name.trim() === ''}>
          Make a pairing code
        </button>
      </form>

      <section class="section" aria-labelledby="people-heading">
        <h3 id="people-heading">Paired people</h3>
        {people.length === 0 ? (
          <p class="empty">Nobody is paired yet.</p>
        ) : (
          <ul class="people">
            {people.map((person) => (
              <li key={person.id} class={`person ${person.revoked ? 'is-revoked' : ''}`} data-person={person.id}>
                <div class="person-text">
                  <span class="person-name">{person.name}</span>
                  {person.email && <span class="person-email">{person.email}</span>}
                  <span class="person-use">
                    {person.revoked ? `Revoked ${timeText(person.revoked)}` : person.lastUsed ? `Last used ${timeText(person.lastUsed)}` : 'Not used yet'}
                  </span>
                </div>
                {!person.revoked && (
                  <button type="button" class="btn btn-small" onClick={() => revoke(person)} disabled={busy} aria-label={`Revoke ${person.name}`}>
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {onBack && (
        <div class="button-row">
          <button type="button" class="btn btn-quiet" onClick={onBack} disabled={busy}>
            Back to readiness
          </button>
        </div>
      )}
    </div>
  );
}
