import type { Clip, ClipAnswer } from '../../../shared/clip-protocol.ts';
import { type Cell, cellText, type Day, dayFromIso, EARLIEST_RECORD_DATE, implausibleRecordDate, isoFromDay } from '../../../shared/index.ts';
import { Refusal } from './answer.ts';
import { writeOwnedRows } from '../owned-sheet.ts';
import { EVIDENCE, type EvidenceRole, clipsOf, evidenceToWrite, readEvidence } from './evidence-sheet.ts';
import type { Person } from './people.ts';
import { decodeSnapshot, keepSnapshot } from './snapshot.ts';
import { clipTarget, judgeTracker } from './tracker-items.ts';

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
    throw new Refusal('future-record-date', `The record date ${recordDate} is after today (${isoFromDay(today)}): correct the date in the clipper (the date on the record itself), or leave it empty.`);
  }
  if (problem === 'too-old') {
    throw new Refusal('bad-request', `clip.recordDate: ${recordDate} is before ${EARLIEST_RECORD_DATE}, which is a misread date: correct the date in the clipper, or leave it empty.`);
  }
}

/**
 * Saves one clip, exactly once: under the script lock (a web app has no document lock; the
 * script is bound to this one tracker, so its lock is the tracker's), a clip id already in the
 * Evidence sheet gets its first answer back and nothing is written; otherwise the record date and
 * the target are checked against the tracker, the snapshot kept in Drive, and one row appended.
 * Every text is written as literal text (see writeOwnedRows), the record date as a date.
 */
export function saveClip(clip: Clip, person: Person, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ClipSaved {
  // Checked before the lock and before any write: a bad snapshot is refused with nothing kept.
  const bytes = clip.snapshot ? decodeSnapshot(clip.snapshot) : null;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Refusal('busy', 'The tracker is saving another clip: the clipper will try again in a moment.');
  try {
    const existing = readEvidence(spreadsheet);
    if (existing) {
      const ids = existing.columns.get('clipId');
      const seen = ids === undefined ? -1 : existing.rows.findIndex((r) => cellText(r[ids]) === clip.id);
      if (seen >= 0) {
        const at = (role: EvidenceRole) => existing.rows[seen]![existing.columns.get(role) ?? -1];
        return answerOf(clip.id, seen + 2, existing.sheet.getName(), at('snapshot'), at('sha256'), true);
      }
    }

    // Checks that can refuse come before the first write.
    const judged = judgeTracker(spreadsheet, clipsOf(existing));
    checkRecordDate(clip.recordDate, judged.today);
    const target = clipTarget(judged.evaluation, clip);
    const table = evidenceToWrite(spreadsheet, existing);
    const snapshot = clip.snapshot && bytes ? keepSnapshot(clip.id, clip.snapshot, bytes) : null;
    const values = new Map<EvidenceRole, Cell>([
      ['capturedAt', new Date(clip.capturedAt)],
      ['by', person.name],
      ['requirement', target.requirement],
      ['item', target.item ? target.item.text : ''],
      ['itemRow', target.item?.row ?? ''],
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
    const row = table.rows.length + 2;
    writeOwnedRows(table, EVIDENCE.columns.map(([role]) => role), new Map([[row, Object.fromEntries(values) as Record<EvidenceRole, Cell>]]));
    return answerOf(clip.id, row, table.sheet.getName(), snapshot?.url, snapshot?.sha256, false);
  } finally {
    // The next clip's execution must read this one's row, or it could write over it.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
