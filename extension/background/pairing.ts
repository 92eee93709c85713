/** Pairing: a pasted code is decoded and checked with a ping before it is kept. */
import type { PairingCheck } from '../lib/messages.ts';
import { decodePairingCode, tokenHash } from '../lib/pairing.ts';
import { items } from '../lib/storage.ts';
import type { BackgroundDeps } from './deps.ts';
import { post } from './transport.ts';

export async function checkPairing(deps: BackgroundDeps, code: string): Promise<PairingCheck> {
  const decoded = decodePairingCode(code);
  if (!decoded.ok) return { ok: false, code: 'bad-code', message: decoded.message };
  const outcome = await post(deps.fetch, decoded.pairing, { action: 'ping' });
  if (outcome.kind !== 'answer') return { ok: false, code: outcome.code, message: outcome.message };
  const answer = outcome.answer;
  if (answer.action !== 'ping') return { ok: false, code: 'not-protocol', message: "The web app's answer to the ping is not the clip protocol." };
  await items.pairing.set({
    ...decoded.pairing,
    spreadsheet: answer.spreadsheet,
    person: answer.person,
    checkedAt: new Date(deps.now()).toISOString(),
    tokenHash: await tokenHash(decoded.pairing.token),
  });
  await items.requirements.set(null);
  return { ok: true, spreadsheet: answer.spreadsheet, person: answer.person, sheet: decoded.pairing.sheet };
}
