import { type Cell, type Grid, cellText, columnLetter } from '../cells.ts';
import { SIGNAL_SAMPLE_ROWS } from '../layout/column-signals.ts';
import { headerScore } from '../layout/header-words.ts';
import { activityOf } from './activities.ts';
import { type KindReading, headerNames } from './reading.ts';
import { ACTIVITY_LABEL, type LogActivity } from './kinds.ts';
import { HEADER_SEARCH_ROWS, cellsBelow, confidenceOf, dayRange, gridWidth, headerText, readDays, writtenHeader } from './grid-reading.ts';

/** The columns an activity log has beside its date, one row per event. */
export type LogColumn = 'type' | 'site' | 'equipment' | 'who' | 'description' | 'findings' | 'correctiveAction' | 'investigation' | 'closed';

// Exact headers, then phrases from a word's start. These are a log's own columns: a checklist
// has none of them, or one at most (a "Site" column).
const LOG_COLUMN_WORDS: Readonly<Record<LogColumn, { exact: readonly string[]; phrases: readonly string[] }>> = {
  type: {
    exact: ['type', 'kind', 'event', 'event type', 'incident type', 'inspection type', 'type of event', 'type of inspection', 'classification'],
    phrases: ['type of', 'incident / near miss'],
  },
  site: {
    exact: [
      'site',
      'location',
      'job',
      'job site',
      'jobsite',
      'project',
      'job #',
      'job no',
      'address',
      'lease',
      'well site',
      'customer / site',
      'site / job',
      'job / location',
      'where',
    ],
    phrases: ['site', 'job site', 'jobsite', 'job #', 'location'],
  },
  equipment: {
    exact: ['equipment', 'unit', 'unit #', 'unit no', 'vehicle', 'truck', 'truck #', 'machine', 'asset', 'asset #', 'tool'],
    phrases: ['unit #', 'equipment', 'vehicle'],
  },
  who: {
    exact: [
      'worker',
      'workers',
      'employee',
      'trainee',
      'participants',
      'driver',
      'mechanic',
      'technician',
      'serviced by',
      'instructor',
      'inspected by',
      'conducted by',
      'completed by',
      'reported by',
      'presented by',
      'led by',
      'presenter',
      'attendees',
      'attended',
      'present',
      'crew present',
      'operator',
      'investigated by',
      'workers involved',
      'worker involved',
      'person involved',
      'signed by',
      'crew signed',
      'done by',
    ],
    phrases: [
      'inspected by',
      'conducted by',
      'reported by',
      'presented by',
      'led by',
      'attendee',
      'attendance',
      '# attending',
      'investigated by',
      'involved',
      'operator',
      'participant',
      'serviced by',
    ],
  },
  // Not "Description" or "Task": a checklist's requirement column is often headed so.
  description: {
    exact: [
      'topic',
      'topics',
      'subject',
      'what happened',
      'summary',
      'event description',
      'description of event',
      'details of event',
      'talk',
      'talk topic',
      'work done',
      'work performed',
      'service performed',
      'repairs',
      'course',
      'course name',
    ],
    phrases: ['topic', 'what happened', 'description of', 'work done', 'work performed'],
  },
  findings: {
    exact: [
      'findings',
      'finding',
      'deficiencies',
      'deficiency',
      'hazards found',
      'hazards identified',
      'issues',
      'issues found',
      'defects',
      'defects found',
      'observations',
      'result',
      'results',
      'condition',
      'injury',
      'injury?',
      'cause',
      'hazards',
    ],
    phrases: ['finding', 'deficienc', 'hazards found', 'hazards identified', 'defect', 'injur', 'issues found'],
  },
  correctiveAction: {
    exact: [
      'corrective action',
      'corrective actions',
      'action taken',
      'actions taken',
      'action required',
      'action items',
      'controls',
      'recommendations',
      'fix',
      'corrective',
      'ca',
      'follow up',
      'follow-up',
    ],
    phrases: ['corrective', 'action taken', 'actions taken', 'action required', 'action item', 'controls', 'recommend', 'follow up'],
  },
  investigation: { exact: ['investigation', 'investigated', 'investigation done', 'investigation #', 'root cause'], phrases: ['investigat', 'root cause'] },
  closed: {
    exact: ['closed', 'date closed', 'closed on', 'closed out', 'close out', 'closed date', 'resolved', 'fixed', 'fixed on', 'date fixed', 'ca closed'],
    phrases: ['closed', 'close out', 'resolved', 'date fixed', 'fixed on'],
  },
};

const LOG_COLUMN_LABEL: Record<LogColumn, string> = {
  type: 'type',
  site: 'site',
  equipment: 'equipment',
  who: 'who',
  description: 'what',
  findings: 'findings',
  correctiveAction: 'corrective action',
  investigation: 'investigation',
  closed: 'closed',
};

function logColumnOf(header: string): LogColumn | null {
  for (const column of Object.keys(LOG_COLUMN_WORDS) as LogColumn[]) {
    const { exact, phrases } = LOG_COLUMN_WORDS[column];
    if (headerNames(header, exact, phrases)) return column;
  }
  return null;
}

/** A log's date header: "Date", "Inspection date", "Date of incident", "When"; not the date a finding was closed. */
function namesEventDate(header: string): boolean {
  return headerScore('date', header) > 0 && logColumnOf(header) !== 'closed' && headerScore('due', header) === 0;
}

/** A column that names a checklist's own roles (evidence, status, due, ...): a log rarely has them. */
function namesChecklistColumn(header: string): boolean {
  if (logColumnOf(header) !== null) return false;
  return (['evidence', 'status', 'due', 'interval', 'element', 'id', 'pointsAvailable', 'pointsEarned'] as const).some(
    (role) => headerScore(role, header) >= 0.7,
  );
}

const TOTAL_ROW = /^(totals?|sum|count|grand total)\b/i;

/** A total or count below the table ("TOTAL", "Count: 12"): its first filled cell says so. */
export function readsAsTotal(row: readonly Cell[]): boolean {
  return TOTAL_ROW.test(cellText(row.find((cell) => cellText(cell) !== '')));
}

/** Rows that count as events: anything filled but a note or a total below the table. */
function eventRowCount(grid: Grid, headerRow: number, width: number): number {
  let events = 0;
  const end = Math.min(grid.length, headerRow + 1 + SIGNAL_SAMPLE_ROWS);
  for (let r = headerRow + 1; r < end; r++) {
    const row = grid[r] ?? [];
    let filled = 0;
    for (let c = 0; c < Math.min(width, row.length); c++) if (cellText(row[c]) !== '') filled++;
    if (filled >= 2 && !readsAsTotal(row)) events++;
  }
  return events;
}

/** The activity the rows' Type (else description) cells name most, with the share that names it. */
function activityOfRows(cells: readonly Cell[]): { activity: LogActivity; count: number; of: number } | null {
  const counts = new Map<LogActivity, number>();
  let of = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    of++;
    const activity = activityOf(text);
    if (activity) counts.set(activity, (counts.get(activity) ?? 0) + 1);
  }
  let best: { activity: LogActivity; count: number; of: number } | null = null;
  for (const [activity, count] of counts) if (!best || count > best.count) best = { activity, count, of };
  return best;
}

/** Where an activity log's parts are: its header row, its date column and its own columns (0-based). */
export interface LogLayout {
  /** The header's row. */
  readonly headerRow: number;
  /** The column of each event's date. */
  readonly dateColumn: number;
  /** Each log column found, at its first header naming it. */
  readonly columns: Readonly<Partial<Record<LogColumn, number>>>;
  /** A column of the day each corrective action is due ("CA due", "Due date"), or null. */
  readonly dueColumn: number | null;
  /** What it logs, from its name, headers or rows; null when they do not say. */
  readonly activity: LogActivity | null;
}

/**
 * Reads a sheet as an activity log: a header row with a date column whose cells below are mostly
 * dates, and a log's own columns (type, site, equipment, who, what, findings, corrective action,
 * investigation, closed). What it logs comes from the sheet's name, then its headers, then what
 * most of its rows say.
 */
export function readAsLog(name: string, grid: Grid): KindReading | null {
  return bestLogReading(name, grid)?.reading ?? null;
}

/** The layout of the header row that reads best as a log's (as readAsLog picks it); null when none does. */
export function findLogLayout(name: string, grid: Grid): LogLayout | null {
  return bestLogReading(name, grid)?.layout ?? null;
}

function bestLogReading(name: string, grid: Grid): { reading: KindReading; layout: LogLayout } | null {
  const width = Math.min(gridWidth(grid), 200);
  let best: { reading: KindReading; layout: LogLayout } | null = null;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const found = readLogAt(name, grid, r, width);
    if (found && (!best || found.reading.score > best.reading.score)) best = found;
  }
  return best;
}

function readLogAt(name: string, grid: Grid, headerRow: number, width: number): { reading: KindReading; layout: LogLayout } | null {
  const row = grid[headerRow] ?? [];
  const headers = Array.from({ length: width }, (_, c) => headerText(row[c]));
  const dateColumn = headers.findIndex(namesEventDate);
  if (dateColumn < 0) return null;
  const { filled, days } = readDays(cellsBelow(grid, headerRow, dateColumn));
  const events = eventRowCount(grid, headerRow, width);
  // An event log dates its rows: most rows below hold a date, and most filled date cells read as one.
  // Two rows may be a year's drills.
  if (days.length < 2 || days.length < 0.6 * filled || days.length < 0.5 * events) return null;
  // Events fall on different days: rows sharing one date are a document reviewed once (a formal hazard assessment), not a log.
  if (days.length >= 3 && new Set(days).size === 1) return null;

  const found = new Map<LogColumn, number>();
  let dueColumn: number | null = null;
  const checklistColumns: string[] = [];
  const headerActivities: LogActivity[] = [];
  headers.forEach((header, c) => {
    if (c === dateColumn || header === '') return;
    const column = logColumnOf(header);
    if (column && !found.has(column)) found.set(column, c);
    if (column === null && dueColumn === null && headerScore('due', header) >= 0.7) dueColumn = c;
    if (namesChecklistColumn(header)) checklistColumns.push(`"${writtenHeader(row[c])}"`);
    const activity = activityOf(header);
    if (activity) headerActivities.push(activity);
  });
  const nameActivity = activityOf(name);
  const headerActivity = mostNamed(headerActivities);
  const logColumns = found.size;
  if (!(logColumns >= 2 || (logColumns >= 1 && (nameActivity || headerActivity)) || (nameActivity && headerActivity))) return null;

  // What the rows say: the Type column's cells, else the text column naming an activity most often;
  // a mixed log is of what most of its rows are, when they are enough to say.
  const typeColumn = found.get('type');
  const rowActivity =
    typeColumn === undefined ? activityOfTextColumns(grid, headerRow, headers, dateColumn) : activityOfRows(cellsBelow(grid, headerRow, typeColumn));
  const rowsSay = rowActivity !== null && rowActivity.count >= 0.3 * rowActivity.of ? rowActivity : null;
  const activity = nameActivity ?? headerActivity ?? rowsSay?.activity ?? null;

  const rowsAgree = rowsSay !== null && rowsSay.activity === activity;
  const score =
    0.35 + 0.12 * Math.min(logColumns, 4) + (nameActivity ? 0.15 : 0) + (headerActivity ? 0.1 : 0) + (rowsAgree ? 0.05 : 0) - 0.1 * checklistColumns.length;
  const dateHeader = writtenHeader(row[dateColumn]);
  const columnsNamed = [...found.entries()].sort((a, b) => a[1] - b[1]).map(([column, c]) => `${writtenHeader(row[c])} (${LOG_COLUMN_LABEL[column]})`);
  const reasons = [
    `row ${headerRow + 1} heads a log: column ${columnLetter(dateColumn)} "${dateHeader}" dates ${days.length} of ${events} rows below (${dayRange(days)})${columnsNamed.length ? `, beside ${columnsNamed.join(', ')}` : ''}`,
  ];
  if (nameActivity) reasons.push(`the sheet's name "${name}" says it logs ${ACTIVITY_LABEL[nameActivity]}`);
  else if (headerActivity) reasons.push(`its headers say it logs ${ACTIVITY_LABEL[headerActivity]}`);
  if (rowsAgree) reasons.push(`${rowsSay.count} of ${rowsSay.of} rows name ${ACTIVITY_LABEL[rowsSay.activity]}`);
  if (activity === null) reasons.push('what it logs is not clear from its name, headers or rows: say which at setup');
  if (checklistColumns.length > 0) reasons.push(`${checklistColumns.join(', ')} ${checklistColumns.length === 1 ? 'reads' : 'read'} as a checklist's column`);
  const reading: KindReading = { kind: 'activity-log', score: confidenceOf(score), reasons, activity };
  return { reading, layout: { headerRow, dateColumn, columns: Object.fromEntries(found), dueColumn, activity } };
}

function mostNamed(activities: readonly LogActivity[]): LogActivity | null {
  const counts = new Map<LogActivity, number>();
  for (const a of activities) counts.set(a, (counts.get(a) ?? 0) + 1);
  let best: LogActivity | null = null;
  for (const [a, n] of counts) if (best === null || n > counts.get(best)!) best = a;
  return best;
}

/** Without a Type column, the column whose rows name one activity most often (the date's excepted). */
function activityOfTextColumns(grid: Grid, headerRow: number, headers: readonly string[], dateColumn: number) {
  let best: ReturnType<typeof activityOfRows> = null;
  headers.forEach((_, c) => {
    if (c === dateColumn) return;
    const reading = activityOfRows(cellsBelow(grid, headerRow, c));
    if (reading && (!best || reading.count > best.count)) best = reading;
  });
  return best as ReturnType<typeof activityOfRows>;
}
