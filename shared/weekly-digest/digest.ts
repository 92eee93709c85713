import type { OverdueAction } from '../action-lines.ts';
import { LAPSE_VERB } from '../gaps.ts';
import { escapeHtml } from '../html.ts';
import { type Day, isoFromDay } from '../dates.ts';
import type { MatrixJudgement } from '../training-matrix/judge.ts';
import { DIGEST_DAYS, SUBMISSION_LABEL, type Lapse, type YearlyCycle } from '../yearly-cycle/cycle.ts';

/**
 * The coordinator's weekly digest: what expires or falls due in the next DIGEST_DAYS days (the
 * yearly cycle's lapses, the training matrix's tickets) and the Action Plan's overdue actions, as
 * a mail's subject, plain text and simple HTML. Platform-free: the add-on reads the sheets and
 * sends it, this only says it.
 */

/** A worker's ticket that expires within the digest's days. */
export interface TicketDue {
  /** The training matrix's sheet name, as its tab reads. */
  readonly sheet: string;
  readonly worker: string;
  /** The course as the product names it, else as the header writes it. */
  readonly course: string;
  readonly expires: Day;
}

/** What the digest is made of, as of one day. */
export interface DigestInput {
  readonly spreadsheetName: string;
  /** The tracker's address, for the mail's link. */
  readonly spreadsheetUrl: string;
  readonly today: Day;
  /** The yearly cycle; null when the audit month is not set (the digest says where to set it). */
  readonly cycle: YearlyCycle | null;
  readonly tickets: readonly TicketDue[];
  readonly overdue: readonly OverdueAction[];
}

/** The mail to send. */
export interface Digest {
  readonly subject: string;
  /** The plain-text body. */
  readonly text: string;
  /** The same in simple HTML (headings, lists, a link), every text escaped. */
  readonly html: string;
}

/** The matrix's tickets that expire from today up to DIGEST_DAYS days ahead, soonest first. */
export function ticketsDue(sheet: string, matrix: MatrixJudgement, today: Day): TicketDue[] {
  return matrix.cells
    .filter((c) => c.expires !== null && c.expires >= today && c.expires - today <= DIGEST_DAYS)
    .map((c) => ({ sheet, worker: c.worker, course: c.canonical ?? c.course, expires: c.expires! }))
    .sort((a, b) => a.expires - b.expires || a.worker.localeCompare(b.worker));
}

function lapseLine(l: Lapse): string {
  const where = l.source === 'row' ? `row ${l.row}` : `${l.text} sheet`;
  const what = l.source === 'row' ? l.text : `the newest record`;
  return `${isoFromDay(l.on)}: ${what} (${where}${l.requirement ? `, ${l.requirement}` : ''}) ${LAPSE_VERB[l.why]}`;
}

function ticketLine(t: TicketDue): string {
  return `${isoFromDay(t.expires)}: ${t.worker}'s ${t.course} expires (${t.sheet} sheet)`;
}

function actionLine(a: OverdueAction): string {
  const owner = a.owner.trim() === '' ? 'no owner' : a.owner.trim();
  const status = a.status.trim() === '' ? 'Open' : a.status.trim();
  return `due ${isoFromDay(a.due)}: ${a.item}${a.requirement ? ` (${a.requirement})` : ''}, ${owner}, ${status} (Action Plan row ${a.row})`;
}

function submissionLine(cycle: YearlyCycle | null): string {
  if (cycle === null) return "Set the audit month in the add-on's Settings to see your next yearly submission here.";
  const { submission } = cycle;
  const { from, to } = submission.window;
  const which = submission.kind === null ? 'Your next yearly submission' : `Your ${SUBMISSION_LABEL[submission.kind]} submission`;
  return `${which} is due by ${isoFromDay(submission.dueOn)}; its records must fall from ${isoFromDay(from)} to ${isoFromDay(to)}.`;
}

/**
 * The digest as of `input.today`. With nothing due and nothing overdue it is still sent, short:
 * a coordinator who gets nothing cannot tell a quiet month from a digest that stopped.
 */
export function composeDigest(input: DigestInput): Digest {
  const lapses = input.cycle?.nextDays ?? [];
  const due = lapses.length + input.tickets.length;
  const overdue = input.overdue.length;
  const counts = [due > 0 ? `${due} falling due in ${DIGEST_DAYS} days` : '', overdue > 0 ? `${overdue} action${overdue === 1 ? '' : 's'} overdue` : ''].filter(
    Boolean,
  );
  const subject = `SECOR Ready weekly digest: ${counts.length > 0 ? counts.join(', ') : 'nothing falls due'} (${input.spreadsheetName})`;

  const sections: { title: string; lines: string[] }[] = [];
  if (lapses.length > 0) sections.push({ title: `Falling due in the next ${DIGEST_DAYS} days`, lines: lapses.map(lapseLine) });
  if (input.tickets.length > 0) sections.push({ title: `Tickets expiring in the next ${DIGEST_DAYS} days`, lines: input.tickets.map(ticketLine) });
  if (overdue > 0) sections.push({ title: 'Overdue actions in the Action Plan', lines: input.overdue.map(actionLine) });
  const intro = `${input.spreadsheetName}, as of ${isoFromDay(input.today)}.`;
  const nothing = `Nothing expires or falls due in the next ${DIGEST_DAYS} days, and no action in the Action Plan is overdue.`;
  const submission = submissionLine(input.cycle);
  const footer = 'You get this every week because the weekly digest is switched on in the SECOR Ready sidebar (Settings). Switch it off there to stop it.';

  const text = [
    intro,
    submission,
    ...(sections.length === 0 ? [nothing] : sections.map((s) => `${s.title}:\n${s.lines.map((l) => `- ${l}`).join('\n')}`)),
    `Open the tracker: ${input.spreadsheetUrl}`,
    footer,
  ].join('\n\n');

  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<p>${escapeHtml(submission)}</p>`,
    ...(sections.length === 0
      ? [`<p>${escapeHtml(nothing)}</p>`]
      : sections.map((s) => `<h3>${escapeHtml(s.title)}</h3>\n<ul>\n${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('\n')}\n</ul>`)),
    `<p><a href="${escapeHtml(input.spreadsheetUrl)}">Open the tracker</a></p>`,
    `<p style="color:#666">${escapeHtml(footer)}</p>`,
  ].join('\n');

  return { subject, text, html };
}
