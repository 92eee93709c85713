import type { Clip, ClipAnswer } from '../../../shared/clip-protocol.ts';
import type { Cell } from '../../../shared/cells.ts';
import { literalText } from '../inert-text.ts';
import { Refusal } from './answer.ts';
import { COL, EVIDENCE_WIDTH, createEvidenceSheet, findEvidenceSheet, rowsOf } from './evidence-sheet.ts';
import type { Person } from './people.ts';
import { decodeSnapshot, keepSnapshot } from './snapshot.ts';
import { clipTarget, judgeTracker } from './tracker-items.ts';

type ClipSaved = Extract<ClipAnswer, { action: 'clip' }>;

/** How long a clip waits for another one being saved before it is answered "busy". */
const LOCK_WAIT_MS = 5_000;

/** The answer a saved clip got, rebuilt from its row (the sheet is the truth). */
function answerOf(clipId: string, row: number, sheetName: string, cells: readonly Cell[], duplicate: boolean): ClipSaved {
  const snapshotUrl = String(cells[COL.snapshot] ?? '');
  const sha256 = String(cells[COL.sha256] ?? '');
  return { ok: true, action: 'clip', clipId, row, sheet: sheetName, duplicate, snapshotUrl: snapshotUrl || null, sha256: sha256 || null };
}

/**
 * Saves one clip, exactly once: under the document lock, a clip id already in the Evidence sheet
 * gets its first answer back and nothing is written; otherwise the requirement is checked against
 * the tracker, the snapshot kept in Drive, and one row appended. Every text from the web is
 * written as literal text, never as a formula.
 */
export function saveClip(clip: Clip, person: Person): ClipSaved {
  // Checked before the lock and before any write: a bad snapshot is refused with nothing kept.
  const bytes = clip.snapshot ? decodeSnapshot(clip.snapshot) : null;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Refusal('busy', 'The tracker is saving another clip: the clipper will try again in a moment.');
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const existing = findEvidenceSheet(spreadsheet);
    const rows = existing ? rowsOf(existing) : [];
    const seen = rows.findIndex((r) => String(r[COL.clipId]) === clip.id);
    if (existing && seen >= 0) return answerOf(clip.id, seen + 2, existing.getName(), rows[seen]!, true);

    // Checks that can refuse come before the first write.
    const target = clipTarget(judgeTracker(), clip.requirement);
    const sheet = existing ?? createEvidenceSheet(spreadsheet);
    const sheetName = sheet.getName();
    const snapshot = clip.snapshot && bytes ? keepSnapshot(clip.id, clip.snapshot, bytes) : null;
    const cells: Cell[] = [
      new Date(clip.capturedAt),
      literalText(person.name),
      target.label,
      target.element,
      literalText(clip.title),
      literalText(clip.url),
      clip.recordDate ?? '',
      // Page text keeps its blank lines and indents: its lines joined keep the Evidence row one line high.
      literalText(clip.excerpt.replace(/\s*\n\s*/g, ' ')),
      literalText(clip.note),
      snapshot?.url ?? '',
      snapshot?.sha256 ?? '',
      literalText(clip.id),
    ];
    const row = rows.length + 2;
    sheet.getRange(row, 1, 1, EVIDENCE_WIDTH).setValues([cells]);
    return answerOf(clip.id, row, sheetName, cells, false);
  } finally {
    lock.releaseLock();
  }
}
