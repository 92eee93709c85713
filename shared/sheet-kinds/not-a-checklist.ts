import { describeSheetKind, type SheetKindProposal } from './kinds.ts';

/**
 * Why a sheet cannot be set up as the tracker when it reads as another kind of evidence (a log, a
 * training matrix, a register), in words a coordinator can act on: what the sheet is and where to
 * set up instead. Asking them to head a column of their log "Requirement" would be wrong advice.
 * Null when the sheet reads as a checklist or as no evidence at all: the layout's own reason says it then.
 *
 * `checklists`: the workbook's other sheets that read as a checklist, best first.
 */
export function notAChecklist(sheetName: string, proposal: SheetKindProposal, checklists: readonly string[]): string | null {
  if (proposal.kind === 'checklist' || proposal.kind === 'not-evidence') return null;
  const where =
    checklists.length > 0
      ? `Open "${checklists[0]}", which reads as your checklist, and choose Set up this sheet there`
      : 'SECOR Ready sets up on your checklist: a sheet with a row per SECOR requirement and columns for the requirement and its evidence (the record, or where it is kept). Add one, or open it if it is in another spreadsheet, and choose Set up this sheet there';
  return `"${sheetName}" reads as ${describeSheetKind(proposal)}, not a checklist. ${where}: this sheet is then read beside it as evidence.`;
}
