import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import type { Manifest } from './manifest.ts';
import { LocalSpreadsheet } from './model.ts';

const DRIVE = 'https://www.googleapis.com/auth/drive';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const ADVANCED_DRIVE = { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] };

/** A host whose manifest grants `scopes` (the full drive scope unless told) and the given dependencies. */
function setup(manifest: Manifest = { oauthScopes: [DRIVE] }) {
  const driveDir = mkdtempSync(join(tmpdir(), 'local-drive-'));
  const book = new LocalSpreadsheet('T');
  book.addSheet('Sheet1');
  return { driveDir, host: createHost({ spreadsheet: book, driveDir, manifest }) };
}

describe('DriveApp', () => {
  it('has no methods: the add-on reaches Drive through the advanced service', () => {
    expect(() => setup().host.globals.DriveApp.getRootFolder()).toThrow('DriveApp.getRootFolder is not implemented');
  });
});

describe('the advanced Drive service (v3) over a local folder', () => {
  it('is not defined unless the manifest enables it (dependencies.enabledAdvancedServices, userSymbol Drive, v3)', () => {
    expect(() => setup({ oauthScopes: [DRIVE_FILE] }).host.globals.Drive.Files.list({})).toThrow('Drive is not defined');
    const v2 = { oauthScopes: [DRIVE_FILE], dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v2' }] } };
    expect(() => setup(v2).host.globals.Drive.Files.list({})).toThrow('Drive is not defined');
    expect(() => setup({ oauthScopes: [], dependencies: ADVANCED_DRIVE }).host.globals.Drive.Files.list({})).toThrow(
      'Required permissions: https://www.googleapis.com/auth/drive.file',
    );
  });

  it('under drive.file: Files.create makes a folder and a file in it (parents), Files.list finds it by q, Files.get by id; each call counted', () => {
    const { driveDir, host } = setup({ oauthScopes: [DRIVE_FILE], dependencies: ADVANCED_DRIVE });
    const { Drive, Utilities } = host.globals;
    const folder = Drive.Files.create({ name: 'Evidence', mimeType: 'application/vnd.google-apps.folder' });
    expect(folder).toEqual({ kind: 'drive#file', id: folder.id, name: 'Evidence', mimeType: 'application/vnd.google-apps.folder' });
    const name = "clip-1 Fall protection and 'ladders'.pdf";
    const file = Drive.Files.create({ name, parents: [folder.id] }, Utilities.newBlob('%PDF', 'application/pdf', 'x.pdf'), {
      fields: 'id,name,webViewLink,parents',
    });
    expect(readFileSync(join(driveDir, 'Evidence', name), 'utf8')).toBe('%PDF');
    expect(file).toEqual({ id: file.id, name, webViewLink: `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`, parents: [folder.id] });

    const q = (n: string) => `'${folder.id}' in parents and name = '${n.replace(/'/g, "\\'")}' and trashed = false`;
    expect(Drive.Files.list({ q: q(name), fields: 'files(id,webViewLink)' })).toEqual({ files: [{ id: file.id, webViewLink: file.webViewLink }] });
    expect(Drive.Files.list({ q: q('other.pdf') }).files).toEqual([]);
    expect(() => Drive.Files.list({ q: `name contains 'clip'` })).toThrow('not implemented');
    expect(Drive.Files.get(folder.id, { fields: 'id,name' })).toEqual({ id: folder.id, name: 'Evidence' });
    expect(() => Drive.Files.get('local_d_bm9uZQ')).toThrow('File not found');
    expect(host.counts.byMethod).toMatchObject({ 'Files.create': 2, 'Files.list': 3, 'Files.get': 2 });
    expect(host.counts.byService.Drive).toBe(7);
  });

  it('under drive.file: Files.remove deletes for good, a folder with what it holds; an unknown id throws', () => {
    const { driveDir, host } = setup({ oauthScopes: [DRIVE_FILE], dependencies: ADVANCED_DRIVE });
    const { Drive, Utilities } = host.globals;
    const folder = Drive.Files.create({ name: 'Check', mimeType: 'application/vnd.google-apps.folder' });
    const file = Drive.Files.create({ name: 'probe.txt', parents: [folder.id] }, Utilities.newBlob('x', 'text/plain', 'probe.txt'));
    expect(Drive.Files.remove(file.id)).toBeUndefined();
    expect(existsSync(join(driveDir, 'Check', 'probe.txt'))).toBe(false);
    expect(() => Drive.Files.get(file.id)).toThrow('File not found');
    Drive.Files.create({ name: 'left.txt', parents: [folder.id] }, Utilities.newBlob('x', 'text/plain', 'left.txt'));
    Drive.Files.remove(folder.id);
    expect(existsSync(join(driveDir, 'Check'))).toBe(false);
    expect(() => Drive.Files.remove(folder.id)).toThrow('File not found');
    expect(() => setup({ oauthScopes: [], dependencies: ADVANCED_DRIVE }).host.globals.Drive.Files.remove('local_d_bm9uZQ')).toThrow(
      'Required permissions: https://www.googleapis.com/auth/drive or https://www.googleapis.com/auth/drive.appdata or https://www.googleapis.com/auth/drive.file',
    );
  });

  it('under drive.file: Files.create imports HTML or plain text into a Google Doc (metadata mimeType), kept locally as the imported file; refuses other conversions', () => {
    const { driveDir, host } = setup({ oauthScopes: [DRIVE_FILE], dependencies: ADVANCED_DRIVE });
    const { Drive, Utilities } = host.globals;
    const doc = Drive.Files.create(
      { name: 'SECOR audit pack', mimeType: 'application/vnd.google-apps.document' },
      Utilities.newBlob('<p>Pack</p>', 'text/html', 'pack.html'),
      { fields: 'id,name,mimeType,webViewLink' },
    );
    expect(doc).toEqual({
      id: doc.id,
      name: 'SECOR audit pack',
      mimeType: 'application/vnd.google-apps.document',
      webViewLink: `https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`,
    });
    expect(readFileSync(join(driveDir, 'SECOR audit pack.gdoc.html'), 'utf8')).toBe('<p>Pack</p>');
    expect(Drive.Files.list({ q: "name = 'SECOR audit pack' and mimeType = 'application/vnd.google-apps.document'" }).files).toHaveLength(1);
    const docMeta = { name: 'Other', mimeType: 'application/vnd.google-apps.document' };
    expect(() => Drive.Files.create(docMeta, Utilities.newBlob('%PDF', 'application/pdf', 'x.pdf'))).toThrow(
      'importing application/pdf into application/vnd.google-apps.document is not implemented',
    );
    expect(() => Drive.Files.create(docMeta)).toThrow('no media to import');
    expect(() => Drive.Files.create({ name: 'S', mimeType: 'application/vnd.google-apps.spreadsheet' }, Utilities.newBlob('a,b', 'text/csv', 'x.csv'))).toThrow(
      'creating a application/vnd.google-apps.spreadsheet is not implemented',
    );
    expect(() => Drive.Files.create({ name: 'x.gdoc.html' }, Utilities.newBlob('x', 'text/html', 'x.html'))).toThrow('cannot be a local file name');
  });

  it('refuses what a directory cannot hold, and needs a driveDir', () => {
    const { Drive } = setup({ oauthScopes: [DRIVE_FILE], dependencies: ADVANCED_DRIVE }).host.globals;
    const folder = { name: 'Evidence', mimeType: 'application/vnd.google-apps.folder' };
    Drive.Files.create(folder);
    expect(() => Drive.Files.create(folder)).toThrow('already exists');
    expect(() => Drive.Files.create({ ...folder, name: 'a/b' })).toThrow('cannot be a local file name');
    const book = new LocalSpreadsheet('T');
    book.addSheet('Sheet1');
    expect(() => createHost({ spreadsheet: book }).globals.Drive.Files.list({})).toThrow('driveDir');
  });

  it("the add-on's own manifest is the host's by default: it grants drive.file, not drive, and enables Drive v3", () => {
    const book = new LocalSpreadsheet('T');
    book.addSheet('Sheet1');
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'appsscript.json'), 'utf8')) as Manifest;
    expect(manifest.oauthScopes).toContain(DRIVE_FILE);
    expect(manifest.oauthScopes).not.toContain(DRIVE);
    const { Drive } = createHost({ spreadsheet: book, driveDir: mkdtempSync(join(tmpdir(), 'local-drive-')) }).globals;
    expect(Drive.Files.list({ fields: 'files(name)' })).toEqual({ files: [] });
  });
});
