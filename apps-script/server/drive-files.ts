export const FOLDER_MIME = 'application/vnd.google-apps.folder';

/**
 * The advanced Drive service (v3), enabled in appsscript.json's dependencies. DriveApp's creators
 * need the full drive scope; the Drive API's files.create, get, list and delete accept drive.file,
 * which reaches only the files the add-on made: all it needs.
 */
export function driveFiles(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection {
  return Drive!.Files;
}
