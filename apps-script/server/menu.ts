/**
 * The add-on menu. Each item names a top-level function of the bundle. Building it reads nothing
 * from the sheet: opening the spreadsheet stays fast.
 */
export function addMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open readiness', 'openReadiness')
    .addItem('Set up this sheet', 'setUpThisSheet')
    .addItem('Scan now', 'scanNow')
    .addSeparator()
    .addItem('Create action plan', 'createActionPlan')
    .addItem('Add audit findings', 'addAuditFindingsFromMenu')
    .addItem('Build evidence index', 'buildEvidenceIndex')
    .addItem('Build audit pack', 'buildAuditPack')
    .addSeparator()
    .addItem('Team briefing', 'openTeamBriefing')
    .addItem('Prepare for interviews', 'prepareForInterviews')
    .addItem('Walk the site', 'walkTheSite')
    .addSeparator()
    .addItem('Connect the clipper', 'connectTheClipper')
    .addSeparator()
    .addItem('Check the installation', 'checkTheInstallation')
    .addToUi();
}
