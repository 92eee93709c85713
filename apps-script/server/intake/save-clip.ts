import type { Clip, ClipAnswer } from '../../../shared/clip-protocol.ts';
import { type Cell, cellText, type Day, dayFromIso, EARLIEST_RECORD_DATE, formatClipTarget, implausibleRecordDate, isoFromDay } from '../../../shared/index.ts';
import { Refusal } from './answer.ts';
import { writeOwnedRows } from '../owned-sheet.ts';
import { EVIDENCE, type EvidenceRole, evidenceToWrite, findClip, readEvidenceHeader } from '../evidence-sheet.ts';
import type { Person } from './people.ts';
import { decodeSnapshot, discardSnapshot, keepSnapshot } from './snapshot.ts';
import { judgeTracker, openTracker } from '../tracker-read.ts';
import { type CheckedTarget, clipTarget } from './tracker-items.ts';

type ClipSaved = Extract<ClipAnswer, { action: 'clip' }>;

/** How long a clip waits for another one being saved before it is answered "busy". */
const LOCK_WAIT_MS = 5_000;

/** The answer a saved clip got, rebuilt from its row (the sheet is the truth). */
function answerOf(clipId: string, row: number, sheetName: string, snapshotUrl: Cell | undefined, sha256: Cell | undefined, duplicate: boolean): ClipSaved {
  const url = cellText(snapshotUrl);
  const sha = cellText(sha256);
  return { ok: true, action: 'clip', clipId, row, sheet: sheetName, duplicate, snapshotUrl: url || null, sha256: sha || null };
}

/** Refuses a record date after today (in the spreadsheet's time zone) or before 1990: a misread, not a record. */
function checkRecordDate(recordDate: string | null | undefined, today: Day): void {
  const day = recordDate ? dayFromIso(recordDate) : null;
  const problem = day === null ? null : implausibleRecordDate(day, today);
  if (problem === 'future') {
    throw new Refusal(
      'future-record-date',
      `The record date ${recordDate} is after today (${isoFromDay(today)}): correct the date in the clipper (the date on the record itself), or leave it empty.`,
    );
  }
  if (problem === 'too-old') {
    throw new Refusal(
      'bad-request',
      `clip.recordDate: ${recordDate} is before ${EARLIEST_RECORD_DATE}, which is a misread date: correct the date in the clipper, or leave it empty.`,
    );
  }
}

/**
 * The clip's target and record date checked against the tracker, read once and written never
 * (so outside the lock); a refusal is returned, not thrown, as a clip saved before is answered
 * even when its target has gone since. Its clips are not counted: a target needs the tracker's
 * items, not their readiness, and the Evidence sheet is not read.
 */
function checkedTarget(clip: Clip, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckedTarget | Refusal {
  const judged = judgeTracker(openTracker(spreadsheet), []);
  try {
    checkRecordDate(clip.recordDate, judged.today);
    return clipTarget(judged.evaluation, clip);
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
}

/**
 * Saves one clip, exactly once. Before the lock: the snapshot decoded and the tracker checked
 * (nothing written for a refusal), then the snapshot kept in Drive, which is slow and named by the
 * clip id (a retry reuses it). Under the script lock (a web app has no document lock; the script
 * is bound to this one tracker, so its lock is the tracker's): a clip id already in the Evidence
 * sheet gets its first answer back and nothing is written; otherwise one row is appended. Every
 * text is written as literal text (see writeOwnedRows), the record date as a date.
 */
export function saveClip(clip: Clip, person: Person, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ClipSaved {
  const bytes = clip.snapshot ? decodeSnapshot(clip.snapshot) : null;
  const target = checkedTarget(clip, spreadsheet);
  const snapshot = clip.snapshot && bytes && !(target instanceof Refusal) ? keepSnapshot(clip.id, clip.snapshot, bytes) : null;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Refusal('busy', 'The tracker is saving another clip: the clipper will try again in a moment.');
  try {
    const header = readEvidenceHeader(spreadsheet);
    const saved = header ? findClip(header, clip.id) : null;
    if (header && saved) {
      discardSnapshot(snapshot, cellText(saved.cell('snapshot')));
      return answerOf(clip.id, saved.row, header.sheet.getName(), saved.cell('snapshot'), saved.cell('sha256'), true);
    }
    if (target instanceof Refusal) throw target;

    const table = evidenceToWrite(spreadsheet, header);
    const filed = formatClipTarget(target.target);
    const values = new Map<EvidenceRole, Cell>([
      ['capturedAt', new Date(clip.capturedAt)],
      ['by', person.name],
      ['requirement', filed.requirement],
      ['item', filed.item],
      ['itemRow', filed.itemRow],
      ['element', target.element],
      ['title', clip.title],
      ['link', clip.url],
      ['recordDate', clip.recordDate ?? ''],
      // Page text keeps its blank lines and indents: its lines joined keep the Evidence row one line high.
      ['excerpt', clip.excerpt.replace(/\s*\n\s*/g, ' ')],
      ['note', clip.note],
      ['snapshot', snapshot?.url ?? ''],
      ['sha256', snapshot?.sha256 ?? ''],
      ['clipId', clip.id],
    ]);
    // Only the add-on's columns of the new row: a column the team inserted among them stays as it was.
    const row = table.sheet.getLastRow() + 1;
    writeOwnedRows(
      table,
      EVIDENCE.columns.map(([role]) => role),
      new Map([[row, Object.fromEntries(values) as Record<EvidenceRole, Cell>]]),
    );
    return answerOf(clip.id, row, table.sheet.getName(), snapshot?.url, snapshot?.sha256, false);
  } finally {
    // The next clip's execution must read this one's row, or it could write over it.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
