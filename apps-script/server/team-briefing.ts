import { briefingHtml, buildBriefing, escapeHtml, type RequirementEvidence, type StaffRole } from '../../shared/index.ts';
import { scanTracker } from './scan.ts';
import { loadConfig } from './tracker-config.ts';

/** The briefings the page offers, one shown at a time: a company with no supervisor has its owner answer the supervisor's questions too. */
const READERS: readonly { readonly key: string; readonly label: string; readonly role: StaffRole; readonly hasSupervisor: boolean }[] = [
  { key: 'worker', label: 'A worker', role: 'worker', hasSupervisor: true },
  { key: 'supervisor', label: 'A supervisor', role: 'supervisor', hasSupervisor: true },
  { key: 'owner', label: 'The owner', role: 'owner', hasSupervisor: true },
  { key: 'owner-alone', label: 'The owner, with no supervisors', role: 'owner', hasSupervisor: false },
];

const STYLE = `
body { font: 14px/1.45 Roboto, Arial, sans-serif; color: #1f1f1f; margin: 0; padding: 12px 16px; }
.bar { display: flex; gap: 8px; align-items: center; position: sticky; top: 0; background: #fff; padding: 4px 0 8px; border-bottom: 1px solid #dadce0; }
select, button { font: inherit; padding: 4px 8px; }
h1 { font-size: 20px; margin: 16px 0 8px; } h2 { font-size: 16px; margin: 18px 0 6px; }
ol > li { margin-bottom: 10px; } ol p, ul p { margin: 2px 0; } .question { font-weight: 500; } .source { color: #5f6368; font-size: 12px; }
@media print { .bar { display: none; } .briefing[hidden] { display: none; } body { padding: 0; } }`;

/** One page holding every reader's briefing, a select to choose whose and Print; no call back to the server. */
export function teamBriefingPage(evidence: readonly RequirementEvidence[] | undefined): string {
  const sections = READERS.map(({ key, role, hasSupervisor }, i) =>
    briefingHtml(buildBriefing({ role, hasSupervisor, evidence })).replace(
      '<section class="briefing"',
      `<section class="briefing" id="for-${key}"${i === 0 ? '' : ' hidden'}`,
    ),
  );
  const options = READERS.map(({ key, label }) => `<option value="${key}">${escapeHtml(label)}</option>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><base target="_top"><style>${STYLE}</style></head><body>
<div class="bar"><label for="reader">Briefing for</label><select id="reader">${options}</select><button type="button" id="print">Print or save as PDF</button></div>
${sections.join('\n')}
<script>
document.getElementById('reader').addEventListener('change', function (e) {
  var key = e.target.value;
  document.querySelectorAll('.briefing').forEach(function (s) { s.hidden = s.id !== 'for-' + key; });
});
document.getElementById('print').addEventListener('click', function () { window.print(); });
</script></body></html>`;
}

/**
 * The Team briefing dialog: each reader's questions, with what a good answer shows and the record
 * behind it. Once the tracker is set up, a scan leaves out what the team marked N/A and says how
 * each record stands; before that, the whole briefing.
 */
export function showTeamBriefing(): void {
  const evidence = loadConfig() === null ? undefined : scanTracker().evaluation.prediction.evidence;
  const page = HtmlService.createHtmlOutput(teamBriefingPage(evidence)).setWidth(760).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(page, 'Team briefing');
}
