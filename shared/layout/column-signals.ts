import { type Cell, isBlank } from '../cells.ts';
import { DateReader } from '../dates.ts';
import { parseElement } from '../element-match.ts';
import { looksLikeInterval } from '../intervals.ts';
import { looksLikeStatus } from '../status.ts';

/** What the values under a header suggest, each a share (0..1) of the non-blank cells. */
export interface ColumnSignals {
  readonly filled: number;
  readonly dates: number;
  readonly evidenceLike: number;
  readonly statusLike: number;
  readonly elementLike: number;
  readonly codeLike: number;
  readonly prose: number;
  readonly shortText: number;
  readonly numbers: number;
  /** Intervals in words ("Monthly", "every 3 years"). */
  readonly intervals: number;
}

const URL = /^(https?:\/\/|www\.)/i;
const FILE = /\.(pdf|docx?|xlsx?|xlsm|csv|jpe?g|png|heic|gif|pptx?|txt|msg|eml|zip)\b/i;
const PLACE =
  /\b(binder|folder|drive|sharepoint|onedrive|dropbox|filed|file|cabinet|shelf|office|scan|scanned|copy|posted|board|manual|app|portal|attached)\b|[\\/]/i;
const CODE = /^(E\d{1,2}([-.]\d{1,3})?|\d{1,2}(\.\d{1,3}){0,2}\.?|[A-Z]{1,4}-?\d{1,4}|#?\d{1,4})$/i;

/** Samples the first cells under the header: enough to judge a column, cheap on big sheets. */
export const SIGNAL_SAMPLE_ROWS = 200;

// Before a column's slash order is decided, a value is a date when either order reads it.
const DAY_FIRST = new DateReader('day-first');
const MONTH_FIRST = new DateReader('month-first');

export function columnSignals(cells: readonly Cell[]): ColumnSignals {
  let filled = 0,
    dates = 0,
    evidenceLike = 0,
    statusLike = 0,
    elementLike = 0,
    codeLike = 0;
  let prose = 0,
    shortText = 0,
    numbers = 0,
    intervals = 0;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    filled++;
    if (MONTH_FIRST.read(cell) !== null || DAY_FIRST.read(cell) !== null) dates++;
    if (looksLikeStatus(cell)) statusLike++;
    if (typeof cell === 'number') {
      numbers++;
      continue;
    }
    if (typeof cell !== 'string') continue;
    const text = cell.trim();
    if (/^\d+(\.\d+)?$/.test(text)) numbers++;
    if (URL.test(text) || FILE.test(text)) evidenceLike++;
    else if (PLACE.test(text)) evidenceLike += 0.5;
    if (text.length <= 40 && parseElement(text) !== null) elementLike++;
    if (CODE.test(text)) codeLike++;
    if (looksLikeInterval(text)) intervals++;
    const words = text.split(/\s+/).length;
    if (words >= 4) prose++;
    else if (!/\d/.test(text)) shortText++;
  }
  const share = (n: number): number => (filled === 0 ? 0 : n / filled);
  return {
    filled: cells.length === 0 ? 0 : filled / cells.length,
    dates: share(dates),
    evidenceLike: share(evidenceLike),
    statusLike: share(statusLike),
    elementLike: share(elementLike),
    codeLike: share(codeLike),
    prose: share(prose),
    shortText: share(shortText),
    numbers: share(numbers),
    intervals: share(intervals),
  };
}
