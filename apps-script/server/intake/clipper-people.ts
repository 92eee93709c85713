import { rememberSpreadsheet } from '../tracker-spreadsheet.ts';
import type { ClipperPairing, ClipperPerson } from '../views.ts';
import { webAppUrl } from '../clipper-address.ts';
import { pairingCode } from './pairing-code.ts';
import { type Person, listPeople, pairPerson, revokePerson } from './people.ts';

/** A person as the sidebar lists them: never the token's hash. */
function personView(p: Person): ClipperPerson {
  return { id: p.id, name: p.name, email: p.email, created: p.created, lastUsed: p.lastUsed, revoked: p.revoked };
}

export function clipperPeople(): ClipperPerson[] {
  return listPeople().map(personView);
}

/** Pairs a person and returns their pairing code, the only time the token is ever shown. */
export function connectPerson(name: unknown, email: unknown): ClipperPairing {
  const url = webAppUrl();
  const { person, token } = pairPerson(name, email);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  rememberSpreadsheet(spreadsheet);
  const code = pairingCode({ v: 1, url, token, sheet: spreadsheet.getName() });
  return { code, person: personView(person), people: clipperPeople() };
}

export function revokeClipper(id: unknown): ClipperPerson[] {
  revokePerson(id);
  return clipperPeople();
}
