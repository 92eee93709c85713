import { PROTOCOL_VERSION, type Pairing } from '../../../shared/clip-protocol.ts';
import { NeedsSetupError } from '../tracker.ts';

/** The deployed web app's address, or a message saying to deploy it first. */
export function webAppUrl(): string {
  const url = ScriptApp.getService().getUrl();
  if (!url) throw new NeedsSetupError('The clipper endpoint is not deployed yet: in the script editor choose Deploy > New deployment > Web app, then connect people.');
  return url;
}

/** base64url (no padding) of the pairing's JSON, as the clipper's options page reads it. */
export function pairingCode(pairing: Pairing): string {
  const json = JSON.stringify({ v: PROTOCOL_VERSION, url: pairing.url, token: pairing.token, sheet: pairing.sheet });
  return Utilities.base64EncodeWebSafe(json, Utilities.Charset.UTF_8).replace(/=+$/, '');
}
