/**
 * DriveApp over a local directory: folders are directories and files are files, really written
 * to disk. Ids encode the path relative to the root, so they survive a restart. Drive allows two
 * items with one name in a folder; a directory cannot, so that case throws rather than renaming.
 */

import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { blobState, makeBlob, toBuffer } from './blob.ts';
import { needsAuthorization } from './execution.ts';

const SERVICE = 'DriveApp';

const MIME: Record<string, string> = {
  '.json': 'application/json', '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain',
  '.csv': 'text/csv', '.md': 'text/markdown', '.pdf': 'application/pdf', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.mhtml': 'multipart/related', '.xml': 'application/xml',
};

export function mimeTypeOf(name: string): string {
  return MIME[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

const idOf = (kind: 'folder' | 'file', rel: string): string =>
  `local_${kind === 'folder' ? 'd' : 'f'}_${Buffer.from(rel.split(sep).join('/')).toString('base64url')}`;

export function makeDriveApp(env: FakeEnv, root: string | undefined): Fake {
  const rootDir = (): string => root ?? fail(env, 'DriveApp fake: the host needs the option driveDir (a local folder)');
  const pathOfId = (id: unknown, kind: 'd' | 'f'): string => {
    const m = typeof id === 'string' ? /^local_([df])_([\w-]*)$/.exec(id) : null;
    if (!m || m[1] !== kind) return fail(env, `Exception: No item with the given ID could be found. (${String(id)})`);
    const rel = Buffer.from(m[2] ?? '', 'base64url').toString('utf8');
    const full = join(rootDir(), rel);
    if (rel.split('/').includes('..') || !existsSync(full)) return fail(env, `Exception: No item with the given ID could be found. (${id})`);
    return full;
  };
  const safeName = (name: unknown): string => {
    const n = String(name ?? '');
    if (n === '' || n === '.' || n === '..' || /[/\\\0]/.test(n)) {
      return fail(env, `DriveApp fake: the name "${n}" cannot be a local file name`);
    }
    return n;
  };
  const iterator = (type: string, items: Fake[]): Fake => {
    let i = 0;
    return makeFake(env, SERVICE, type, () => ({
      hasNext: () => i < items.length,
      next: () => (i < items.length ? items[i++] : fail(env, 'Exception: Cannot retrieve the next object: iterator has reached the end.')),
    }));
  };
  const entries = (dir: string, dirs: boolean): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => (dirs ? e.isDirectory() : e.isFile()))
      .map((e) => join(dir, e.name))
      .sort();
  const walk = (dir: string, dirs: boolean): string[] => {
    const out: string[] = [];
    for (const sub of entries(dir, true)) {
      if (dirs) out.push(sub);
      out.push(...walk(sub, dirs));
    }
    if (!dirs) out.unshift(...entries(dir, false));
    return out;
  };

  const makeFile = (path: string): Fake => {
    const rel = relative(rootDir(), path);
    const id = idOf('file', rel);
    return makeFake(env, SERVICE, 'File', () => ({
      getId: () => id,
      getName: () => basename(path),
      getUrl: () => `https://drive.google.com/file/d/${id}/view?usp=drivesdk`,
      getSize: () => statSync(path).size,
      getMimeType: () => mimeTypeOf(path),
      getDateCreated: () => statSync(path).birthtime,
      getLastUpdated: () => statSync(path).mtime,
      getBlob: () => makeBlob(env, SERVICE, { data: readFileSync(path), contentType: mimeTypeOf(path), name: basename(path) }),
    }));
  };

  const createFileIn = (dir: string, args: unknown[]): Fake => {
    const [a, b] = args;
    let name: string;
    let data: Buffer;
    const blob = blobState(a);
    if (blob) {
      name = safeName(blob.name ?? 'Untitled');
      data = blob.data;
    } else if (typeof a === 'string') {
      name = safeName(a);
      data = toBuffer(env, b ?? '', 'content');
    } else {
      return fail(env, "Exception: The parameters don't match the method signature for DriveApp.Folder.createFile.");
    }
    const path = join(dir, name);
    if (existsSync(path)) return fail(env, `DriveApp fake: a file named "${name}" already exists in this local folder (a directory cannot hold two)`);
    writeFileSync(path, data);
    return makeFile(path);
  };

  const createFolderIn = (dir: string, name: unknown): Fake => {
    const path = join(dir, safeName(name));
    if (existsSync(path)) return fail(env, `DriveApp fake: a folder named "${String(name)}" already exists here (a directory cannot hold two)`);
    mkdirSync(path);
    return makeFolder(path);
  };

  const makeFolder = (path: string): Fake => {
    const rel = relative(rootDir(), path);
    const id = idOf('folder', rel);
    return makeFake(env, SERVICE, 'Folder', () => ({
      getId: () => id,
      getName: () => (rel === '' ? 'My Drive' : basename(path)),
      getUrl: () => `https://drive.google.com/drive/folders/${id}`,
      createFile: (...args: unknown[]) => createFileIn(path, args),
      createFolder: (name: string) => createFolderIn(path, name),
      getFiles: () => iterator('FileIterator', entries(path, false).map(makeFile)),
      getFilesByName: (name: string) => iterator('FileIterator', entries(path, false).filter((p) => basename(p) === name).map(makeFile)),
      getFolders: () => iterator('FolderIterator', entries(path, true).map(makeFolder)),
      getFoldersByName: (name: string) => iterator('FolderIterator', entries(path, true).filter((p) => basename(p) === name).map(makeFolder)),
    }));
  };

  const ensureRoot = (): string => {
    const dir = rootDir();
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  const methods = {
    getRootFolder: () => makeFolder(ensureRoot()),
    createFolder: (name: string) => createFolderIn(ensureRoot(), name),
    createFile: (...args: unknown[]) => createFileIn(ensureRoot(), args),
    getFolderById: (id: string) => {
      const path = pathOfId(id, 'd');
      return statSync(path).isDirectory() ? makeFolder(path) : fail(env, 'Exception: No item with the given ID could be found.');
    },
    getFileById: (id: string) => {
      const path = pathOfId(id, 'f');
      return statSync(path).isFile() ? makeFile(path) : fail(env, 'Exception: No item with the given ID could be found.');
    },
    getFoldersByName: (name: string) => iterator('FolderIterator', walk(ensureRoot(), true).filter((p) => basename(p) === name).map(makeFolder)),
    getFilesByName: (name: string) => iterator('FileIterator', walk(ensureRoot(), false).filter((p) => basename(p) === name).map(makeFile)),
  };
  // Every DriveApp method is documented with a Drive scope, which a simple trigger has not.
  return makeFake(env, SERVICE, 'DriveApp', () => Object.fromEntries(Object.entries(methods).map(([name, method]) => [name, (...args: never[]) => {
    needsAuthorization(env, `DriveApp.${name}`, 'https://www.googleapis.com/auth/drive');
    return (method as (...a: unknown[]) => unknown)(...args);
  }])));
}
