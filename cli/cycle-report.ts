import { type Certificate, type Day, DIGEST_DAYS, isoFromDay, LAPSE_VERB, type Lapse, SUBMISSION_LABEL, type YearlyCycle } from '../shared/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The certificate from --audit-month and --certified; null without --audit-month, so a scan without it is unchanged. */
export function certificateOf(auditMonth: string | undefined, certified: string | undefined, usage: (message: string) => Error): Certificate | null {
  if (auditMonth === undefined) {
    if (certified !== undefined) throw usage('--certified needs --audit-month: the month printed on the certificate.');
    return null;
  }
  const month = Number(auditMonth);
  if (!/^\d{1,2}$/.test(auditMonth) || month < 1 || month > 12) throw usage(`--audit-month must be the certificate's month, 1 to 12, not "${auditMonth}".`);
  if (certified !== undefined && !/^(19|20|21)\d\d$/.test(certified))
    throw usage(`--certified must be the certification year written YYYY, not "${certified}".`);
  return { auditMonth: month, certifiedYear: certified === undefined ? null : Number(certified) };
}

/** One lapse in JSON: days as ISO dates, the row 1-based as in `rows`. */
function lapseJson(lapse: Lapse): Record<string, unknown> {
  return { ...lapse, on: isoFromDay(lapse.on) };
}

/** The `cycle` key of the scan's JSON (README: "The JSON contract"). */
export function cycleJson(cycle: YearlyCycle): Record<string, unknown> {
  const { submission } = cycle;
  return {
    submission: {
      ...submission,
      dueOn: isoFromDay(submission.dueOn),
      window: { from: isoFromDay(submission.window.from), to: isoFromDay(submission.window.to) },
    },
    beforeSubmission: cycle.beforeSubmission.map(lapseJson),
    nextDays: cycle.nextDays.map(lapseJson),
  };
}

function lapseLine(lapse: Lapse, today: Day): string {
  const where = lapse.source === 'row' ? `row ${lapse.row}` : `sheet "${lapse.text}"`;
  const what = [lapse.requirement, lapse.source === 'row' ? lapse.text : ''].filter(Boolean).join(' ');
  return `    ${isoFromDay(lapse.on)} (in ${lapse.on - today} d)  ${where}${what ? ` ${what}` : ''}: ${LAPSE_VERB[lapse.why]}`;
}

/** The report's "Next submission" block: which one, when, the records' window, and what lapses before it and in the next days. */
export function cycleSection(out: string[], cycle: YearlyCycle, today: Day): void {
  const { submission: s } = cycle;
  const which = s.kind === null ? 'Next submission (give --certified YYYY to name which)' : `Next submission: ${SUBMISSION_LABEL[s.kind]}`;
  out.push(`${which}, due ${MONTHS[s.month - 1]} ${s.year} (by ${isoFromDay(s.dueOn)}, ${s.dueOn - today} days from now)`);
  out.push(`  Records must cover ${isoFromDay(s.window.from)} to ${isoFromDay(s.window.to)}: the 12 months before it.`);
  // The next days first, as the coordinator's digest will list them; then the rest up to the due day, each once.
  const soon = new Set(cycle.nextDays);
  const later = cycle.beforeSubmission.filter((l) => !soon.has(l));
  if (soon.size === 0 && later.length === 0) out.push('  Nothing goes stale, falls due or expires before it.');
  if (soon.size > 0) {
    out.push(`  Goes stale, falls due or expires in the next ${DIGEST_DAYS} days (${soon.size}):`);
    for (const lapse of cycle.nextDays) out.push(lapseLine(lapse, today));
  }
  if (later.length > 0) {
    out.push(`  ${soon.size > 0 ? 'Then, before' : 'Before'} the submission (${later.length}): renew these before submitting.`);
    for (const lapse of later) out.push(lapseLine(lapse, today));
  }
  out.push('');
}
