/**
 * `Utilities.formatDate` for the patterns the add-on uses (SimpleDateFormat letters yyyy, yy, MM,
 * dd, HH, mm, ss, SSS and 'quoted text'), in an IANA time zone or "GMT+hh:mm" / "UTC".
 * Other pattern letters throw rather than guess.
 */

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

const OFFSET = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/;

function partsIn(date: Date, timeZone: string): Parts {
  const tz = timeZone.trim();
  const m = OFFSET.exec(tz);
  if (m || tz === 'GMT' || tz === 'UTC' || tz === 'Z') {
    const sign = m?.[1] === '-' ? -1 : 1;
    const minutes = m ? sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
    const d = new Date(date.getTime() + minutes * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: d.getUTCMilliseconds(),
    };
  }
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const get = (type: string): number => Number(fmt.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    ms: date.getUTCMilliseconds(),
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Number.isNaN(date.getTime())) throw new Error('Invalid argument: date');
  const p = partsIn(date, timeZone);
  let out = '';
  const tokens = pattern.match(/'[^']*'|([A-Za-z])\1*|[^A-Za-z']+/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith("'")) {
      out += token === "''" ? "'" : token.slice(1, -1);
      continue;
    }
    if (!/^[A-Za-z]/.test(token)) {
      out += token;
      continue;
    }
    switch (token) {
      case 'yyyy':
        out += pad(p.year, 4);
        break;
      case 'yy':
        out += pad(p.year % 100, 2);
        break;
      case 'MM':
        out += pad(p.month, 2);
        break;
      case 'M':
        out += String(p.month);
        break;
      case 'dd':
        out += pad(p.day, 2);
        break;
      case 'd':
        out += String(p.day);
        break;
      case 'HH':
        out += pad(p.hour, 2);
        break;
      case 'H':
        out += String(p.hour);
        break;
      case 'mm':
        out += pad(p.minute, 2);
        break;
      case 'ss':
        out += pad(p.second, 2);
        break;
      case 'SSS':
        out += pad(p.ms, 3);
        break;
      default:
        throw new Error(`Utilities fake: formatDate pattern letter "${token}" is not implemented`);
    }
  }
  return out;
}

/** The instant a day begins in `timeZone` (midnight there), whatever the machine's own zone. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const wanted = Date.UTC(year, month - 1, day);
  let t = wanted;
  // Two passes settle the zone's offset, also across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const p = partsIn(new Date(t), timeZone);
    t -= Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wanted;
  }
  return new Date(t);
}

/** A date as Sheets' serial number (days since 1899-12-30), read in `timeZone`. */
export function serialNumber(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
