/** The views the sidebar opens on (it reads window.SECOR_VIEW before its first call): declared here only. */
export const SIDEBAR_VIEWS = ['readiness', 'setup', 'clipper', 'check', 'findings'] as const;
export type SidebarView = (typeof SIDEBAR_VIEWS)[number];

/** Opens the sidebar, one self-contained HTML file built from apps-script/sidebar. */
export function showSidebar(view: SidebarView): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle('SECOR Ready')
    .append(`<script>window.SECOR_VIEW = ${JSON.stringify(view)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}
