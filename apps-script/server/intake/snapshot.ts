import { SNAPSHOT_MIME, type Clip } from '../../../shared/clip-protocol.ts';
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
function evidenceFolder(): GoogleAppsScript.Drive.Folder {
  const props = store();
  const id = props.getProperty(FOLDER_KEY);
  if (id) {
    try {
      return DriveApp.getFolderById(id);
    } catch {
      // Deleted or out of reach: make a new one.
    }
  }
  const folder = DriveApp.createFolder(EVIDENCE_FOLDER);
  props.setProperty(FOLDER_KEY, folder.getId());
  return folder;
}

/** A file name made from the clip id (unique) and the page's own name, reduced to safe characters. */
function fileName(clipId: string, snapshot: Snapshot): string {
  const base = snapshot.name.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[^\w .-]+/g, '_').replace(/^[.\s]+/, '').slice(0, 80).trim();
  return `${clipId}${base ? ` ${base}` : ''}.${EXTENSION[snapshot.kind]}`;
}

/** Keeps the snapshot as a file in the evidence folder: its address and the SHA-256 of its bytes. */
export function keepSnapshot(clipId: string, snapshot: Snapshot, bytes: number[]): { url: string; sha256: string } {
  const blob = Utilities.newBlob(bytes, SNAPSHOT_MIME[snapshot.kind], fileName(clipId, snapshot));
  const file = evidenceFolder().createFile(blob);
  return { url: file.getUrl(), sha256: sha256Hex(bytes) };
}
