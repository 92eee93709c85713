import { storeItem } from './store.ts';
import { UserFacingRefusal } from './tracker.ts';
import type { ClipperAddress } from './views.ts';

/**
 * The web app's address that pairing codes carry, as the coordinator confirmed it once. Not read
 * from ScriptApp.getService().getUrl() at each pairing: from a sidebar or menu that gives the
 * test deployment's /dev address ("If you are running the development mode web app, this returns
 * the development mode url", https://developers.google.com/apps-script/reference/script/service#getUrl()),
 * which only the script's editors can open (https://developers.google.com/apps-script/guides/web),
 * so everyone else's clipper would be refused.
 */
const CONFIRMED = storeItem<string>('secor-ready.web-app-url');

/** A deployment's address as Deploy > Manage deployments shows it; a Workspace account's has /a/macros/<domain>. */
const DEPLOYMENT = /^https:\/\/script\.google\.com\/(?:a\/macros\/[\w.-]+|macros)\/s\/[\w-]+\/exec$/;
const TEST_DEPLOYMENT = /^https:\/\/script\.google\.com\/(?:a\/macros\/[\w.-]+|macros)\/s\/[\w-]+\/dev$/;
/** The workbench serves the web app on this machine; nowhere else does the script report such an address. */
const LOCAL = /^http:\/\/127\.0\.0\.1:\d{1,5}\/exec$/;

/** What to do to confirm the address, as the sidebar and the installation check say it. */
export const CONFIRM_ADDRESS =
  'In the script editor choose Deploy > Manage deployments, copy the Web app URL (it ends in /exec) and paste it in Connect the clipper.';
export const DEPLOY_FIRST = 'Deploy the web app first: in the script editor choose Deploy > New deployment > Web app.';

/** Why `text` cannot be the clipper's address, or null when it can; `reported` is what getUrl gives here. */
function addressProblem(text: string, reported: string | null): string | null {
  if (DEPLOYMENT.test(text)) return null;
  if (LOCAL.test(text) && text === reported) return null;
  if (TEST_DEPLOYMENT.test(text))
    return `That is the test deployment's address (it ends in /dev): only the script's editors can open it, so other people's clippers would be refused. ${CONFIRM_ADDRESS}`;
  return `"${text.slice(0, 120)}" is not a web app address (https://script.google.com/macros/s/.../exec). ${CONFIRM_ADDRESS}`;
}

export function clipperAddress(): ClipperAddress {
  return { confirmed: CONFIRMED.load(), reported: ScriptApp.getService().getUrl() };
}

/** Keeps the address the coordinator confirmed, once it is a deployment's /exec address. */
export function confirmAddress(url: unknown): ClipperAddress {
  const text = typeof url === 'string' ? url.trim() : '';
  const reported = ScriptApp.getService().getUrl();
  if (text === '') throw new UserFacingRefusal(`Paste the web app's address first. ${CONFIRM_ADDRESS}`);
  const problem = addressProblem(text, reported);
  if (problem !== null) throw new UserFacingRefusal(problem);
  CONFIRMED.save(text);
  return { confirmed: text, reported };
}

/** The confirmed address for a pairing code, or a message saying how to get one. */
export function webAppUrl(): string {
  const confirmed = CONFIRMED.load();
  if (confirmed !== null) return confirmed;
  if (!ScriptApp.getService().getUrl()) {
    throw new UserFacingRefusal(`The clipper endpoint is not deployed yet. ${DEPLOY_FIRST} ${CONFIRM_ADDRESS}`);
  }
  throw new UserFacingRefusal(`Confirm the clipper's address before connecting people. ${CONFIRM_ADDRESS}`);
}
