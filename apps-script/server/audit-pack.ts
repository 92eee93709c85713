import { auditPackHtml, buildAuditPack, type Cell, cellText, type ClipEvidence, gapActions } from '../../shared/index.ts';
import { openActionLines } from './action-plan.ts';
import { clipsOf, readEvidence } from './evidence-sheet.ts';
import { findEvidenceSheets } from './evidence-sheets.ts';
import { driveFiles } from './drive-files.ts';
import { spreadsheetZone } from './today.ts';
import { judgeTracker, openEvidenceSheet, openTracker } from './tracker-read.ts';
import type { AuditPackSaved } from './views.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const GOOGLE_DOC = 'application/vnd.google-apps.document';

/** The clips of the Evidence sheet, each with the link a reviewer opens: its snapshot in Drive, else the page it was clipped from. */
function clipsWithLinks(spreadsheet: Spreadsheet, timeZone: string): { clips: ClipEvidence[]; linkOf: Map<ClipEvidence, string> } {
  const table = readEvidence(spreadsheet);
  const clips: ClipEvidence[] = [];
  const linkOf = new Map<ClipEvidence, string>();
  if (!table) return { clips, linkOf };
  const at = (row: readonly Cell[], role: 'snapshot' | 'link') => cellText(row[table.columns.get(role) ?? -1], timeZone).trim();
  for (const row of table.rows) {
    // Read one row at a time, so each clip keeps its own row's links (rows naming no target give none).
    const [clip] = clipsOf({ ...table, rows: [row] }, timeZone);
    if (!clip) continue;
    clips.push(clip);
    const link = at(row, 'snapshot') || at(row, 'link');
    if (/^https?:\/\//i.test(link)) linkOf.set(clip, link);
  }
  return { clips, linkOf };
}

/**
 * "Build audit pack": the tracker judged as a scan judges it (read only: no cell of any sheet is
 * written), its pack rendered as HTML and imported into a new Google Doc in the user's Drive
 * (drive.file reaches only files the add-on makes). Each build makes a new file named with the
 * time it was built; an older pack is never changed.
 */
export function saveAuditPack(): AuditPackSaved {
  const tracker = openTracker();
  const { spreadsheet, config } = tracker;
  const timeZone = spreadsheetZone(spreadsheet);
  const { clips, linkOf } = clipsWithLinks(spreadsheet, timeZone);
  const reads = findEvidenceSheets(spreadsheet, config.evidenceSheets ?? []).found.map(({ config: c, sheet }) => openEvidenceSheet(c, sheet));
  const { evaluation, today, profile, sheets } = judgeTracker(tracker, clips, reads);
  // Links to a row of a sheet the pack names: the tracker and the confirmed evidence sheets, by the sheet ids just read.
  const gidOf = new Map<string, number>([
    [config.sheetName, tracker.sheet.getSheetId()],
    ...reads.map((r): [string, number] => [r.name, r.sheet.getSheetId()]),
  ]);
  const url = spreadsheet.getUrl();
  const pack = buildAuditPack({
    team: spreadsheet.getName(),
    today,
    profile,
    prediction: evaluation.prediction,
    items: evaluation.items,
    checklistSheet: config.sheetName,
    clips,
    sheetEvidence: sheets.flatMap((s) => s.judgement?.evidence ?? []),
    actions: openActionLines(spreadsheet, { today, order: tracker.config.slashOrder }) ?? gapActions(evaluation.items, today, profile),
    link: (place) => {
      if (place.kind === 'clip') return linkOf.get(place.clip) ?? null;
      const gid = gidOf.get(place.sheet);
      return gid === undefined ? null : `${url}#gid=${gid}&range=A${place.row}`;
    },
  });
  const name = `SECOR audit pack - ${spreadsheet.getName()} - ${Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH.mm.ss')}`;
  const blob = Utilities.newBlob(auditPackHtml(pack), 'text/html', `${name}.html`);
  const file = driveFiles().create({ name, mimeType: GOOGLE_DOC }, blob, { fields: 'id,name,webViewLink' });
  const saved: AuditPackSaved = { name: file.name ?? name, url: file.webViewLink ?? '', pass: pack.pass, percent: pack.percent };
  spreadsheet.toast(`Audit pack saved in your Drive: ${saved.name}. Open it from the sidebar or Drive.`, 'SECOR Ready');
  return saved;
}
