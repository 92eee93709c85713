import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { LocalSpreadsheet } from './model.ts';

function setup() {
  const driveDir = mkdtempSync(join(tmpdir(), 'local-drive-'));
  const book = new LocalSpreadsheet('T');
  book.addSheet('Sheet1');
  return { driveDir, host: createHost({ spreadsheet: book, driveDir }) };
}

describe('DriveApp over a local folder', () => {
  it('creates folders and files on disk and finds them again by name and id', () => {
    const { driveDir, host } = setup();
    const { DriveApp, Utilities } = host.globals;
    expect(DriveApp.getFoldersByName('SECOR Evidence').hasNext()).toBe(false);
    const folder = DriveApp.createFolder('SECOR Evidence');
    const file = folder.createFile(Utilities.newBlob('<p>certificate</p>', 'text/html', 'clip-1.html'));
    expect(readFileSync(join(driveDir, 'SECOR Evidence', 'clip-1.html'), 'utf8')).toBe('<p>certificate</p>');
    expect([file.getName(), file.getSize(), file.getMimeType()]).toEqual(['clip-1.html', 18, 'text/html']);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    expect(file.getBlob().getDataAsString()).toBe('<p>certificate</p>');

    const found = DriveApp.getFoldersByName('SECOR Evidence');
    expect(found.hasNext()).toBe(true);
    const again = found.next();
    expect(again.getId()).toBe(folder.getId());
    expect(found.hasNext()).toBe(false);
    expect(() => found.next()).toThrow('iterator has reached the end');

    const byId = DriveApp.getFolderById(folder.getId());
    const files = byId.getFiles();
    expect(files.next().getName()).toBe('clip-1.html');
    expect(DriveApp.getFileById(file.getId()).getSize()).toBe(18);
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);

    folder.createFolder('2025').createFile('note.txt', 'hello');
    expect(existsSync(join(driveDir, 'SECOR Evidence', '2025', 'note.txt'))).toBe(true);
    expect(DriveApp.getFilesByName('note.txt').next().getBlob().getDataAsString()).toBe('hello');
  });

  it('refuses what a directory cannot hold and ids it does not know', () => {
    const { host } = setup();
    const { DriveApp } = host.globals;
    DriveApp.createFolder('Evidence');
    expect(() => DriveApp.createFolder('Evidence')).toThrow('already exists');
    expect(() => DriveApp.createFolder('a/b')).toThrow('cannot be a local file name');
    expect(() => DriveApp.getFolderById('1AbCdEf')).toThrow('No item with the given ID could be found.');
  });

  it('needs a driveDir', () => {
    const book = new LocalSpreadsheet('T');
    book.addSheet('Sheet1');
    expect(() => createHost({ spreadsheet: book }).globals.DriveApp.createFolder('x')).toThrow('driveDir');
  });
});
