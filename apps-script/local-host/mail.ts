/**
 * MailApp (https://developers.google.com/apps-script/reference/mail/mail-app): sendEmail(recipient,
 * subject, body[, options]) and sendEmail(message), and getRemainingDailyQuota; what is sent goes
 * into the host's outbox for tests and the workbench to read, never anywhere else.
 */

import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { needsAuthorization } from './execution.ts';

/** One message the script sent. */
export interface SentMail {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  /** The plain-text body. */
  readonly body: string;
  /** The HTML body, when one was given (mail clients that show HTML show it instead of `body`). */
  readonly htmlBody: string | null;
  /** The sender's name, when given. */
  readonly name: string | null;
  readonly replyTo: string | null;
  /** When it was sent, by the host's clock (ISO). */
  readonly sentAt: string;
}

/**
 * "Email recipients per day: 100" for a consumer (gmail.com) account, 1,500 for Google Workspace
 * (https://developers.google.com/apps-script/guides/services/quotas): the smaller, the stricter.
 * The page counts recipients, each of to, cc and bcc.
 */
export const DAILY_RECIPIENTS = 100;

/** The outbox and what each day's quota has used, shared by the fake and the host. */
export interface Outbox {
  readonly sent: SentMail[];
  /** Recipients mailed per UTC day (yyyy-mm-dd); the page does not say when its day begins. */
  readonly usedByDay: Record<string, number>;
}

const OPTIONS = new Set(['cc', 'bcc', 'htmlBody', 'name', 'replyTo', 'noReply']);
const MESSAGE = new Set([...OPTIONS, 'to', 'subject', 'body']);
/** An address as the host checks it: something@domain.tld, no spaces (Apps Script's own check is not documented). */
const ADDRESS = /^[^\s@,<>]+@[^\s@,<>]+\.[^\s@,<>]+$/;

function addresses(env: FakeEnv, value: unknown, field: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'string') return fail(env, `Exception: Invalid argument: ${field}`);
  const list = value.split(',').map((a) => a.trim());
  for (const a of list) if (!ADDRESS.test(a)) fail(env, `Exception: Invalid email: ${a}`);
  return list;
}

function text(env: FakeEnv, value: unknown, field: string, required: boolean): string {
  if (value === undefined || value === null) return required ? fail(env, `Exception: Invalid argument: ${field}`) : '';
  if (typeof value !== 'string') return fail(env, `Exception: Invalid argument: ${field}`);
  return value;
}

export function makeMailApp(env: FakeEnv, outbox: Outbox): Fake {
  const today = () => new Date(env.execution.now()).toISOString().slice(0, 10);
  const remaining = () => DAILY_RECIPIENTS - (outbox.usedByDay[today()] ?? 0);
  const send = (fields: Record<string, unknown>) => {
    const unknown = Object.keys(fields).filter((k) => !MESSAGE.has(k));
    // attachments, inlineImages: not implemented; an unknown name the stricter reading refuses.
    if (unknown.length > 0) return fail(env, `MailApp fake: the option(s) ${unknown.join(', ')} are not implemented`);
    if (fields.noReply !== undefined) return fail(env, 'MailApp fake: noReply is not implemented (Workspace accounts only)');
    const to = addresses(env, fields.to, 'recipient');
    const cc = addresses(env, fields.cc, 'cc');
    const bcc = addresses(env, fields.bcc, 'bcc');
    if (to.length + cc.length + bcc.length === 0) return fail(env, 'Exception: Failed to send email: no recipient');
    const subject = text(env, fields.subject, 'subject', true);
    const body = text(env, fields.body, 'body', fields.htmlBody === undefined);
    const count = to.length + cc.length + bcc.length;
    if (count > remaining()) return fail(env, 'Exception: Service invoked too many times for one day: email.');
    outbox.usedByDay[today()] = (outbox.usedByDay[today()] ?? 0) + count;
    outbox.sent.push({
      to,
      cc,
      bcc,
      subject,
      body,
      htmlBody: fields.htmlBody === undefined ? null : text(env, fields.htmlBody, 'htmlBody', true),
      name: fields.name === undefined ? null : text(env, fields.name, 'name', true),
      replyTo: fields.replyTo === undefined ? null : (addresses(env, fields.replyTo, 'replyTo')[0] ?? null),
      sentAt: new Date(env.execution.now()).toISOString(),
    });
  };
  return makeFake(env, 'MailApp', 'MailApp', () => ({
    sendEmail: (...args: unknown[]) => {
      // Sending mail needs authorization, which a simple trigger has not (https://developers.google.com/apps-script/guides/triggers#restrictions).
      needsAuthorization(env, 'MailApp.sendEmail', 'https://www.googleapis.com/auth/script.send_mail');
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return send({ ...(args[0] as Record<string, unknown>) });
      if (args.length === 3 || args.length === 4) {
        const [recipient, subject, body, options] = args;
        if (args.length === 4 && typeof options === 'string') return fail(env, 'MailApp fake: sendEmail(to, replyTo, subject, body) is not implemented');
        if (options !== undefined && (typeof options !== 'object' || options === null)) return fail(env, 'Exception: Invalid argument: options');
        const given = { ...(options as Record<string, unknown> | undefined) };
        const unknown = Object.keys(given).filter((k) => !OPTIONS.has(k));
        if (unknown.length > 0) return fail(env, `MailApp fake: the option(s) ${unknown.join(', ')} are not implemented`);
        return send({ ...given, to: recipient, subject, body: text(env, body, 'body', true) });
      }
      return fail(env, 'Exception: The parameters do not match the method signature for MailApp.sendEmail.');
    },
    getRemainingDailyQuota: () => remaining(),
  }));
}
