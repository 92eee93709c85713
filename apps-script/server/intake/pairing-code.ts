import { PROTOCOL_VERSION, type Pairing } from '../../../shared/clip-protocol.ts';

/** base64url (no padding) of the pairing's JSON, as the clipper's options page reads it. */
export function pairingCode(pairing: Pairing): string {
  const json = JSON.stringify({ v: PROTOCOL_VERSION, url: pairing.url, token: pairing.token, sheet: pairing.sheet });
  return Utilities.base64EncodeWebSafe(json, Utilities.Charset.UTF_8).replace(/=+$/, '');
}
