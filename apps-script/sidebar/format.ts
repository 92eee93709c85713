/** Small display helpers shared by the sidebar's components. */

// The sidebar's views count in the engine's words.
export { plural } from '../../shared/index.ts';

const NBSP = '\u00a0';

/** 66.7 -> "66.7 %"; null -> "n/a". Percents arrive with one decimal already. */
export function percentText(percent: number | null): string {
  return percent === null ? 'n/a' : `${percent}${NBSP}%`;
}

/** 0.873 -> "87 % sure". */
export function confidenceText(confidence: number): string {
  return `${Math.round(confidence * 100)}${NBSP}% sure`;
}

/** Names of the reference elements that do not fit one line of the 300 px sidebar. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'Management commitment & policy': 'Management & policy',
  'Hazard identification & assessment': 'Hazard assessment',
};

/** A name short enough for one line beside a bar (the full name goes in a tooltip). */
export function shortName(name: string, max = 22): string {
  const known = SHORT_NAMES[name];
  if (known) return known;
  if (name.length <= max) return name;
  const cut = name.split(/\s+(?:&|and|-|–)\s+|\s*[(,:]/)[0]?.trim();
  return cut && cut.length <= max ? cut : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** An ISO instant as the person's local date and time; the raw text if it cannot be read. */
export function timeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** An ISO day ("2026-12-01") as "1 Dec 2026", read as a calendar day (no time-zone shift). */
export function dayText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
