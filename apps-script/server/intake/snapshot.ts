import { SNAPSHOT_MIME, type Clip } from '../../../shared/clip-protocol.ts';
import { driveFiles, FOLDER_MIME } from '../drive-files.ts';
import { store } from '../store.ts';
import { Refusal } from './answer.ts';
import { sha256Hex } from './token-hash.ts';

export const EVIDENCE_FOLDER = 'SECOR Ready evidence';
const FOLDER_KEY = 'secor-ready.evidence-folder';
const EXTENSION = { mhtml: 'mhtml', png: 'png', pdf: 'pdf' } as const;

type Snapshot = NonNullable<Clip['snapshot']>;

/** The snapshot's bytes, checked before anything is written. */
export function decodeSnapshot(snapshot: Snapshot): number[] {
  const bad = new Refusal('bad-request', 'clip.snapshot.base64: the snapshot is not valid base64: capture it again.');
  if (snapshot.base64.length % 4 !== 0) throw bad;
  try {
    return Utilities.base64Decode(snapshot.base64);
  } catch {
    throw bad;
  }
}

/** The add-on's Drive folder, made once (its id is kept in the store). */
function evidenceFolderId(): string {
  const props = store();
  const id = props.getProperty(FOLDER_KEY);
  if (id) {
    try {
      if (!driveFiles().get(id, { fields: 'id,trashed' }).trashed) return id;
    } catch {
      // Deleted or out of reach: make a new one.
    }
  }
  // The id is one of the fields a file resource has by default.
  const folder = driveFiles().create({ name: EVIDENCE_FOLDER, mimeType: FOLDER_MIME });
  props.setProperty(FOLDER_KEY, folder.id!);
  return folder.id!;
}

/** A file name made from the clip id (unique) and the page's own name, reduced to safe characters. */
function fileName(clipId: string, snapshot: Snapshot): string {
  const base = snapshot.name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/[^\w .-]+/g, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 80)
    .trim();
  return `${clipId}${base ? ` ${base}` : ''}.${EXTENSION[snapshot.kind]}`;
}

/** A kept snapshot: its address, the SHA-256 of its bytes, and the file's id when this execution made it. */
export interface KeptSnapshot {
  url: string;
  sha256: string;
  /** Null when a retry found the file its first try made. */
  made: string | null;
}

/**
 * Keeps the snapshot as a file in the evidence folder. The name holds the clip id, so a retried
 * clip finds the file its first try made and never makes a second (the name's characters need no
 * quoting in q).
 */
export function keepSnapshot(clipId: string, snapshot: Snapshot, bytes: number[]): KeptSnapshot {
  const folder = evidenceFolderId();
  const name = fileName(clipId, snapshot);
  const kept = driveFiles().list({ q: `'${folder}' in parents and name = '${name}' and trashed = false`, fields: 'files(id,webViewLink)' }).files?.[0];
  const mimeType = SNAPSHOT_MIME[snapshot.kind];
  const file = kept ?? driveFiles().create({ name, mimeType, parents: [folder] }, Utilities.newBlob(bytes, mimeType, name), { fields: 'id,webViewLink' });
  return { url: file.webViewLink!, sha256: sha256Hex(bytes), made: kept ? null : file.id! };
}

/**
 * Removes a file this execution made for a clip another execution saved first: two tries of one
 * clip at once (the clipper retrying while its first request still runs) each list no file and
 * make one; the row keeps the first's, so the second's would be left in the folder for ever.
 */
export function discardSnapshot(kept: KeptSnapshot | null, savedUrl: string): void {
  if (kept?.made && kept.url !== savedUrl) driveFiles().remove(kept.made);
}
