import { useRef, useState } from 'preact/hooks';
import type { ClipperAddress, ClipperPairing, ClipperPerson } from '../server/views.ts';
import { timeText } from './format.ts';
import './ConnectClipper.css';

interface Props {
  readonly address: ClipperAddress;
  readonly people: readonly ClipperPerson[];
  /** The code just made, shown once: gone when the view is left. */
  readonly pairing: ClipperPairing | null;
  readonly busy: boolean;
  readonly onConfirmAddress: (url: string) => void;
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

const isExec = (url: string | null): url is string => url !== null && /\/exec$/.test(url);

/**
 * The web app address pairing codes carry, confirmed once: Apps Script's own answer from a
 * sidebar may be the /dev test address, which only the script's editors can open.
 */
function AddressCard({ address, busy, onConfirm }: { address: ClipperAddress; busy: boolean; onConfirm: (url: string) => void }) {
  const [editing, setEditing] = useState(address.confirmed === null);
  const [url, setUrl] = useState(address.confirmed ?? (isExec(address.reported) ? address.reported : ''));
  const submit = (event: Event) => {
    event.preventDefault();
    if (url.trim() === '') return;
    // A confirmed address remounts this card (its key) showing it; a refused one leaves the form.
    onConfirm(url.trim());
  };
  if (!editing && address.confirmed !== null) {
    return (
      <section class="card address" data-testid="clipper-address">
        <h3>Clipper address</h3>
        <p class="address-url">{address.confirmed}</p>
        <p class="field-note">Pairing codes send clips to this web app.</p>
        <button type="button" class="btn btn-small" onClick={() => setEditing(true)} disabled={busy}>
          Change the address
        </button>
      </section>
    );
  }
  return (
    <form class="card address" data-testid="clipper-address" onSubmit={submit}>
      <h3>Confirm the clipper address</h3>
      <p class="field-note">
        {address.reported === null
          ? 'Apps Script reports no web app for this tracker yet: deploy it first (Deploy > New deployment > Web app).'
          : isExec(address.reported)
            ? `Apps Script reports ${address.reported}. Check it is the Web app URL under Deploy > Manage deployments.`
            : `Apps Script reports ${address.reported}: that is the test deployment's address, which only the script's editors can open.`}{' '}
        In the script editor choose Deploy &gt; Manage deployments and paste the Web app URL (it ends in /exec).
      </p>
      <div class="field">
        <label for="clipper-url">Web app URL</label>
        <input
          id="clipper-url"
          type="url"
          required
          autoComplete="off"
          placeholder="https://script.google.com/macros/s/…/exec"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
          disabled={busy}
        />
      </div>
      <div class="button-row">
        <button type="submit" class="btn btn-primary" disabled={busy || url.trim() === ''}>
          Confirm address
        </button>
        {address.confirmed !== null && (
          <button type="button" class="btn btn-quiet" onClick={() => setEditing(false)} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * "Connect the clipper": pair a person with the Chrome extension. Their pairing code is shown
 * once (the tracker keeps only a hash of it); the list shows who is paired, when they last
 * clipped, and lets the coordinator revoke a pairing.
 */
export function ConnectClipper({ address, people, pairing, busy, onConfirmAddress, onConnect, onRevoke, onBack }: Props) {
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
      <p class="hint">
        The SECOR Ready Chrome extension saves web records (certificates, inspection reports) into this tracker's Evidence sheet. Each person gets their own
        pairing code.
      </p>

      <AddressCard key={address.confirmed ?? ''} address={address} busy={busy} onConfirm={onConfirmAddress} />

      {pairing && (
        <section class="card pairing" aria-labelledby="pairing-heading" data-testid="pairing">
          <h3 id="pairing-heading">Pairing code for {pairing.person.name}</h3>
          <p class="field-note">Shown only now: copy it and send it to {pairing.person.name} privately. Connecting them again makes a new code.</p>
          <label class="sr-only" for="pairing-code">
            Pairing code
          </label>
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
            <li>Paste the code and press Pair: the clipper checks it with this tracker.</li>
          </ol>
        </section>
      )}

      <form class="card connect-form" onSubmit={submit}>
        <h3>Add a person</h3>
        {address.confirmed === null && <p class="field-note">Confirm the clipper address above first: each pairing code carries it.</p>}
        <div class="field">
          <label for="clipper-name">Name</label>
          <input
            id="clipper-name"
            type="text"
            maxLength={80}
            required
            autoComplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            disabled={busy}
          />
        </div>
        <div class="field">
          <label for="clipper-email">Email (optional)</label>
          <input
            id="clipper-email"
            type="email"
            maxLength={254}
            autoComplete="off"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
            disabled={busy}
          />
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy || name.trim() === '' || address.confirmed === null}>
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
