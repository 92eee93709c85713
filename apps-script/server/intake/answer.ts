import type { ClipAnswer, ErrorCode } from '../../../shared/clip-protocol.ts';

/** A request the intake refuses: its code and a message a person can act on. Thrown before anything is written. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function refusalAnswer(code: ErrorCode, message: string): ClipAnswer {
  return { ok: false, error: { code, message } };
}

/** The web app's answer: JSON text (Apps Script serves it through a 302 to script.googleusercontent.com). */
export function jsonOutput(answer: ClipAnswer): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(answer)).setMimeType(ContentService.MimeType.JSON);
}
