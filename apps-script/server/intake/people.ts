import { store } from '../store.ts';
import { UserFacingRefusal } from '../tracker.ts';
import { Refusal } from './answer.ts';
import { countUnknownToken } from './rate-limit.ts';
import { newToken, sha256Hex } from './token-hash.ts';

/**
 * The people paired with the clipper, one store property each (well under the 9 KB a value may
 * hold). A person's token is kept only as its SHA-256: the token itself exists once, in the pairing
 * code shown when the person is added.
 */
export interface Person {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  /** SHA-256 hex of the token. */
  readonly tokenHash: string;
  /** ISO instants. */
  readonly created: string;
  readonly lastUsed: string | null;
  readonly revoked: string | null;
}

const PREFIX = 'secor-ready.clipper.person.';
/** Last use is written at most this often, so a busy clipper does not write the properties on every request. */
const LAST_USED_EVERY_MS = 60_000;

export function listPeople(): Person[] {
  const all = store().getProperties();
  return Object.keys(all)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => JSON.parse(all[key]!) as Person)
    .sort((a, b) => a.name.localeCompare(b.name) || a.created.localeCompare(b.created));
}

function save(person: Person): void {
  store().setProperty(PREFIX + person.id, JSON.stringify(person));
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The person a name and email stand for: the same email, or (without one) the same name. */
function existing(people: readonly Person[], name: string, email: string | null): Person | undefined {
  return people.find((p) => (email !== null ? p.email !== null && sameText(p.email, email) : p.email === null && sameText(p.name, name)));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Gives a person a new token (replacing the one they had, and lifting a revocation): the token is
 * returned once and kept only as its hash.
 */
export function pairPerson(nameInput: unknown, emailInput: unknown): { person: Person; token: string } {
  const name = typeof nameInput === 'string' ? nameInput.trim() : '';
  const emailText = typeof emailInput === 'string' ? emailInput.trim() : '';
  if (name === '' || name.length > 80) throw new UserFacingRefusal('Give the person a name of 1 to 80 characters.');
  if (emailText !== '' && (emailText.length > 254 || !EMAIL.test(emailText)))
    throw new UserFacingRefusal(`"${emailText.slice(0, 60)}" is not an email address: correct it or leave it empty.`);
  const email = emailText === '' ? null : emailText;
  const token = newToken();
  const before = existing(listPeople(), name, email);
  const person: Person = {
    id: before?.id ?? Utilities.getUuid().replace(/-/g, '').slice(0, 12),
    name,
    email,
    tokenHash: sha256Hex(token),
    created: new Date().toISOString(),
    lastUsed: null,
    revoked: null,
  };
  save(person);
  return { person, token };
}

export function revokePerson(id: unknown): Person {
  const text = typeof id === 'string' ? store().getProperty(PREFIX + id) : null;
  if (text === null) throw new UserFacingRefusal('That person is not paired with the clipper any more: reopen the list.');
  const person = JSON.parse(text) as Person;
  const revoked = person.revoked ? person : { ...person, revoked: new Date().toISOString() };
  save(revoked);
  return revoked;
}

/** The person a token belongs to; unknown (counted toward the minute's limit) and revoked tokens are refused. */
export function personOfToken(token: string): Person {
  const hash = sha256Hex(token);
  const person = listPeople().find((p) => p.tokenHash === hash);
  if (!person) {
    countUnknownToken();
    throw new Refusal(
      'unknown-token',
      "This tracker does not know your pairing code: ask the coordinator for a new one and paste it in the clipper's options.",
    );
  }
  if (person.revoked) throw new Refusal('revoked-token', `The pairing for ${person.name} was revoked: ask the coordinator to connect you again.`);
  return person;
}

export function noteUse(person: Person): void {
  const now = new Date();
  if (person.lastUsed !== null && now.getTime() - Date.parse(person.lastUsed) < LAST_USED_EVERY_MS) return;
  save({ ...person, lastUsed: now.toISOString() });
}
