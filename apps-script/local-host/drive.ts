/**
 * The advanced Drive service (v3) over one local directory (DriveApp with no methods): folders are directories
 * and files are files, really written to disk. Ids encode the path relative to the root, so they
 * survive a restart. Drive allows two items with one name in a folder; a directory cannot, so that
 * case throws rather than renaming.
 */

import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { blobState } from './blob.ts';
import { needsAuthorization } from './execution.ts';
import { needsAdvancedService } from './manifest.ts';

const SERVICE = 'DriveApp';

const MIME: Record<string, string> = {
  '.json': 'application/json',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mhtml': 'multipart/related',
  '.xml': 'application/xml',
};

export function mimeTypeOf(name: string): string {
  return MIME[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

const idOf = (kind: 'folder' | 'file', rel: string): string =>
  `local_${kind === 'folder' ? 'd' : 'f'}_${Buffer.from(rel.split(sep).join('/')).toString('base64url')}`;

const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
const GOOGLE_DOC = 'application/vnd.google-apps.document';
/**
 * Imports into Google Workspace types, as "Upload file data" (Import to Google Docs types,
 * https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs) documents
 * them: files.create with the target's mimeType in the metadata and media of a type Drive converts.
 * The fake knows two of the documented imports into a Google Doc, HTML and plain text, and refuses
 * every other (stricter than Drive). A Doc is kept as its imported text in a local file named with
 * DOC_SUFFIX, which records its mimeType.
 */
const IMPORTS: Readonly<Record<string, readonly string[]>> = { [GOOGLE_DOC]: ['text/html', 'text/plain'] };
const DOC_SUFFIX = '.gdoc.html';
const isDoc = (path: string): boolean => path.endsWith(DOC_SUFFIX);

/** The local path under `root` an id names, when it names one that exists (never one outside `root`). */
export function localDrivePath(root: string, id: unknown): string | null {
  const m = typeof id === 'string' ? /^local_[df]_([\w-]*)$/.exec(id) : null;
  const rel = m ? Buffer.from(m[1] ?? '', 'base64url').toString('utf8') : null;
  const full = rel === null || rel.split('/').includes('..') ? null : join(root, rel);
  return full !== null && existsSync(full) ? full : null;
}

/** Where a file's or folder's webViewLink points: Drive's own addresses, unless the host serves the local folder itself (the workbench). */
export type DriveLink = (id: string, kind: 'folder' | 'document' | 'file') => string;

const GOOGLE_DRIVE_LINK: DriveLink = (id, kind) =>
  kind === 'folder'
    ? `https://drive.google.com/drive/folders/${id}`
    : kind === 'document'
      ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;

export function makeDriveServices(env: FakeEnv, root: string | undefined, link: DriveLink = GOOGLE_DRIVE_LINK): { DriveApp: Fake; Drive: Fake } {
  const rootDir = (): string => root ?? fail(env, 'Drive fake: the host needs the option driveDir (a local folder)');
  const pathOfId = (id: unknown): string | null => localDrivePath(rootDir(), id);
  const safeName = (name: unknown): string => {
    const n = String(name ?? '');
    if (n === '' || n === '.' || n === '..' || /[/\\\0]/.test(n) || n.endsWith(DOC_SUFFIX)) {
      return fail(env, `Drive fake: the name "${n}" cannot be a local file name`);
    }
    return n;
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

  const writeFileIn = (dir: string, name: string, data: Buffer): string => {
    const path = join(dir, name);
    if (existsSync(path)) return fail(env, `Drive fake: a file named "${name}" already exists in this local folder (a directory cannot hold two)`);
    writeFileSync(path, data);
    return path;
  };

  const mkdirIn = (dir: string, name: unknown): string => {
    const path = join(dir, safeName(name));
    if (existsSync(path)) return fail(env, `Drive fake: a folder named "${String(name)}" already exists here (a directory cannot hold two)`);
    mkdirSync(path);
    return path;
  };

  const ensureRoot = (): string => {
    const dir = rootDir();
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  // The add-on reaches Drive through the advanced service only: DriveApp is there, with nothing implemented.
  const driveApp = makeFake(env, SERVICE, 'DriveApp', () => ({}));
  return { DriveApp: driveApp, Drive: makeAdvancedDrive() };

  /**
   * The advanced Drive service, v3 (Drive.Files.create / get / list / remove): the Drive API's own
   * resources and parameters. A file resource holds only the API's default fields (kind, id,
   * name, mimeType) unless `fields` asks for others, as the API answers.
   */
  function makeAdvancedDrive(): Fake {
    const relOf = (path: string) => relative(rootDir(), path);
    const isDir = (path: string) => statSync(path).isDirectory();
    const idOfPath = (path: string) => idOf(isDir(path) ? 'folder' : 'file', relOf(path));
    const pathOf = (id: unknown, method: string): string =>
      pathOfId(id) ?? fail(env, `GoogleJsonResponseException: API call to drive.files.${method} failed with error: File not found: ${String(id)}.`);
    const FIELDS: Record<string, (path: string) => unknown> = {
      kind: () => 'drive#file',
      id: idOfPath,
      name: (path) => basename(path, isDoc(path) ? DOC_SUFFIX : undefined),
      mimeType: (path) => (isDir(path) ? FOLDER_MIME : isDoc(path) ? GOOGLE_DOC : mimeTypeOf(path)),
      parents: (path) => [idOf('folder', relOf(join(path, '..')))],
      size: (path) => (isDir(path) ? undefined : String(statSync(path).size)),
      // The local folder has no trash: what exists is not trashed.
      trashed: () => false,
      webViewLink: (path) => link(idOfPath(path), isDir(path) ? 'folder' : isDoc(path) ? 'document' : 'file'),
    };
    const fieldList = (fields: unknown, method: string): string[] => {
      const names = typeof fields === 'string' ? fields.split(',').map((f) => f.trim()) : ['kind', 'id', 'name', 'mimeType'];
      for (const f of names) if (!Object.hasOwn(FIELDS, f)) fail(env, `Drive fake: drive.files.${method} fields "${f}" is not implemented`);
      return names;
    };
    const resource = (path: string, fields: string[]) => Object.fromEntries(fields.map((f) => [f, FIELDS[f]!(path)]).filter(([, v]) => v !== undefined));
    const call = (method: string) => needsAuthorization(env, `Drive.Files.${method}`, DRIVE_FILE);
    const unquote = (text: string) => text.replace(/\\(.)/g, '$1');
    // A q term the fake reads: '<id>' in parents, name = '<text>', mimeType = '<text>', trashed = false.
    const TERM = /\s*(?:'((?:[^'\\]|\\.)*)'\s+in\s+parents|(name|mimeType)\s*=\s*'((?:[^'\\]|\\.)*)'|trashed\s*=\s*false)\s*(and\b|$)/y;
    /** A `q` of such terms joined by `and` (quoted text may hold "and"), as one test. */
    const matcher = (q: unknown): ((path: string) => boolean) => {
      const text = String(q ?? '');
      const tests: ((path: string) => boolean)[] = [];
      TERM.lastIndex = 0;
      while (TERM.lastIndex < text.length) {
        const at = TERM.lastIndex;
        const m = TERM.exec(text);
        if (!m) return fail(env, `Drive fake: drive.files.list q "${text.slice(at)}" is not implemented`);
        const [, parent, field, value] = m;
        if (parent !== undefined) tests.push((path) => (FIELDS.parents!(path) as string[])[0] === unquote(parent));
        else if (field !== undefined) tests.push((path) => FIELDS[field]!(path) === unquote(value!));
        if (m[4] === '') break;
      }
      return (path) => tests.every((test) => test(path));
    };
    const walkAll = (dir: string): string[] => [...walk(dir, true), ...walk(dir, false)];
    const files = makeFake(env, 'Drive', 'Files', () => ({
      create: (meta: { name?: unknown; mimeType?: unknown; parents?: unknown } = {}, media?: unknown, options: { fields?: unknown } = {}) => {
        call('create');
        const parents = meta.parents ?? [];
        if (!Array.isArray(parents) || parents.length > 1)
          return fail(env, 'Drive fake: drive.files.create takes one parent id at most (v3 parents: [folderId])');
        const dir = parents.length === 0 ? ensureRoot() : pathOf(parents[0], 'create');
        if (!isDir(dir))
          return fail(env, 'GoogleJsonResponseException: API call to drive.files.create failed with error: The specified parent is not a folder.');
        const fields = fieldList(options.fields, 'create');
        if (meta.mimeType === FOLDER_MIME) {
          if (media !== undefined && media !== null) return fail(env, 'Drive fake: a folder has no content');
          return resource(mkdirIn(dir, meta.name ?? 'Untitled'), fields);
        }
        const blob = media === undefined || media === null ? null : blobState(media);
        if (media !== undefined && media !== null && !blob) return fail(env, 'Exception: Invalid argument: mediaData');
        if (typeof meta.mimeType === 'string' && meta.mimeType.startsWith('application/vnd.google-apps.')) {
          const from = IMPORTS[meta.mimeType];
          if (!from) return fail(env, `Drive fake: creating a ${meta.mimeType} is not implemented`);
          if (!blob) return fail(env, `Drive fake: an empty ${meta.mimeType} (no media to import) is not implemented`);
          const type = (blob.contentType ?? '').split(';')[0]!.trim().toLowerCase();
          if (!from.includes(type))
            return fail(
              env,
              `Drive fake: importing ${type || 'media without a content type'} into ${meta.mimeType} is not implemented (it imports ${from.join(', ')})`,
            );
          return resource(writeFileIn(dir, `${safeName(meta.name ?? blob.name ?? 'Untitled')}${DOC_SUFFIX}`, blob.data), fields);
        }
        return resource(writeFileIn(dir, safeName(meta.name ?? blob?.name ?? 'Untitled'), blob?.data ?? Buffer.alloc(0)), fields);
      },
      get: (fileId: unknown, options: { fields?: unknown } = {}) => {
        call('get');
        return resource(pathOf(fileId, 'get'), fieldList(options.fields, 'get'));
      },
      // files.delete, named remove in Apps Script: deletes for good (no trash), a folder with all it holds; answers nothing.
      remove: (fileId: unknown) => {
        call('remove');
        rmSync(pathOf(fileId, 'delete'), { recursive: true });
      },
      list: (options: { q?: unknown; fields?: unknown } = {}) => {
        call('list');
        const m = typeof options.fields === 'string' ? /^files\(([^)]*)\)$/.exec(options.fields.trim()) : null;
        if (typeof options.fields === 'string' && !m)
          return fail(env, `Drive fake: drive.files.list fields "${options.fields}" is not implemented (give files(...))`);
        const fields = fieldList(m?.[1], 'list');
        const test = matcher(options.q);
        return {
          files: walkAll(ensureRoot())
            .filter(test)
            .map((path) => resource(path, fields)),
        };
      },
    }));
    // Without the manifest's enabledAdvancedServices entry there is no `Drive` to reach Files through.
    const constants = {
      get Files() {
        needsAdvancedService(env, 'Drive', 'drive', 'v3');
        return files;
      },
    };
    return makeFake(env, 'Drive', 'Drive', () => ({}), { constants });
  }
}
