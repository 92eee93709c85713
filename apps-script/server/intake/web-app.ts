import { type ClipAnswer, checkRequest } from '../../../shared/clip-protocol.ts';
import { UserFacingRefusal } from '../tracker.ts';
import { openRememberedSpreadsheet } from '../tracker-spreadsheet.ts';
import { Refusal, jsonOutput, refusalAnswer } from './answer.ts';
import { handle } from './handlers.ts';
import { noteUse, personOfToken } from './people.ts';
import { countRequest } from './rate-limit.ts';

/** Bodies larger than this are refused before parsing (a 10 MB snapshot is about 14 MB of base64). */
const MAX_BODY_CHARS = 15_000_000;

function parseBody(e: GoogleAppsScript.Events.DoPost | undefined): unknown {
  const text = e?.postData?.contents;
  if (typeof text !== 'string' || text === '') throw new Refusal('bad-json', 'The request has no body: send the clip as JSON text.');
  if (text.length > MAX_BODY_CHARS) throw new Refusal('snapshot-too-large', 'The request is too large: save a link or a screenshot instead of the whole page.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Refusal('bad-json', 'The request is not JSON: update the SECOR Ready clipper.');
  }
}

/** One request, answered: every refusal is {ok:false, error} and leaves the spreadsheet as it was. */
export function answerRequest(e: GoogleAppsScript.Events.DoPost | undefined): ClipAnswer {
  try {
    const checked = checkRequest(parseBody(e));
    if (!checked.ok) return { ok: false, error: checked.error };
    const { request } = checked;
    const person = personOfToken(request.token);
    countRequest(person.tokenHash);
    const answer = handle(request, person, openRememberedSpreadsheet());
    noteUse(person);
    return answer;
  } catch (error) {
    if (error instanceof Refusal) return refusalAnswer(error.code, error.message);
    if (error instanceof UserFacingRefusal) return refusalAnswer('not-set-up', error.message);
    // Sheets or Drive failing for a moment (timeouts, quotas): the clipper keeps the clip and retries.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`SECOR Ready intake: ${message}`);
    return refusalAnswer('busy', `The tracker could not answer just now (${message.slice(0, 200)}): the clipper will try again.`);
  }
}

export function doPostAnswer(e: GoogleAppsScript.Events.DoPost | undefined): GoogleAppsScript.Content.TextOutput {
  return jsonOutput(answerRequest(e));
}

/** A page that says the endpoint works, and nothing about the spreadsheet behind it. */
export function doGetPage(): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(
    'SECOR Ready: this clipper endpoint works. It takes clips from the SECOR Ready Chrome extension; pair the extension from the sidebar ("Connect the clipper").',
  ).setMimeType(ContentService.MimeType.TEXT);
}
