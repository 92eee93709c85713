import { escapeHtml } from '../html.ts';
import type { AuditPack, PackEvidence, PackRequirement } from './pack.ts';

/** Only web links become anchors: a link maker's odd answer (javascript:, data:) stays text. */
function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

/** How a finding reads to a reviewer. */
export const FINDING_WORD = { ready: 'Yes (ready)', gap: 'Gap', missing: 'No evidence', 'n/a': 'N/A' } as const;

/** A bar of ten blocks: Google Docs keeps characters on import where it may drop a drawn box's width. */
export function textBar(fraction: number): string {
  const full = Math.round(Math.max(0, Math.min(1, fraction)) * 10);
  return '\u2588'.repeat(full) + '\u2591'.repeat(10 - full);
}

/** "82.5 %", or "not scored". */
export function percentText(percent: number | null): string {
  return percent === null ? 'not scored' : `${percent.toFixed(1)} %`;
}

function evidenceRow(e: PackEvidence): string {
  const where = e.link !== null && isWebLink(e.link) ? `<a href="${escapeHtml(e.link)}">${escapeHtml(e.where)}</a>` : escapeHtml(e.where);
  const note = e.note === '' ? '' : ` <i>(${escapeHtml(e.note)})</i>`;
  return `<tr><td>${escapeHtml(e.label)}${note}</td><td>${escapeHtml(e.date ?? 'undated')}</td><td>${where}</td></tr>`;
}

function requirementBlock(r: PackRequirement): string {
  const head = `<h3>${escapeHtml(r.id)}: ${escapeHtml(FINDING_WORD[r.finding])}</h3><p>${escapeHtml(r.text)}</p>`;
  if (r.noEvidence !== null) return `${head}<p><i>${escapeHtml(r.noEvidence)}</i></p>`;
  return `${head}<table border="1" cellpadding="4"><tr><th>Evidence</th><th>Date</th><th>Where it is kept</th></tr>${r.evidence.map(evidenceRow).join('')}</table>`;
}

/**
 * The pack as one HTML document, for a Google Doc made by importing HTML: headings, tables and
 * links only, which Drive's conversion keeps. Every text is escaped; only http(s) links are anchors.
 */
export function auditPackHtml(pack: AuditPack): string {
  const verdict = pack.pass ? 'PASS' : 'FAIL';
  const bars = pack.elements
    .map(
      (e) =>
        `<tr><td>${escapeHtml(`${e.id} ${e.name}`)}</td><td>${escapeHtml(percentText(e.percent))}</td><td>${textBar(e.bar)}</td><td>${e.ready} of ${e.applicable} ready</td></tr>`,
    )
    .join('');
  const reasons = pack.reasons.length === 0 ? '' : `<ul>${pack.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`;
  const elements = pack.elements
    .map((e) => `<h2>${escapeHtml(`${e.id} ${e.name}`)}: ${escapeHtml(percentText(e.percent))}</h2>${e.requirements.map(requirementBlock).join('')}`)
    .join('');
  const actions =
    pack.actions.length === 0
      ? '<p>No open actions.</p>'
      : `<table border="1" cellpadding="4"><tr><th>Requirement</th><th>Action</th><th>Owner</th><th>Due</th><th>Source</th></tr>${pack.actions
          .map(
            (a) =>
              `<tr><td>${escapeHtml(a.requirement ?? 'unfiled')}</td><td>${escapeHtml(`${a.item}: ${a.gap}. ${a.suggested}`)}</td><td>${escapeHtml(a.owner || 'to be picked')}</td><td>${escapeHtml(a.due)}${a.overdue ? ' <b>(overdue)</b>' : ''}</td><td>${escapeHtml(a.source)}</td></tr>`,
          )
          .join('')}</table>`;
  const prepare =
    pack.toPrepare.length === 0
      ? ''
      : `<h2>Checked by interview or observation</h2><p>${escapeHtml(pack.toPrepare.join(', '))}: not judged from documents.</p>`;
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${escapeHtml(`SECOR audit pack: ${pack.team}, ${pack.date}`)}</title></head><body>`,
    `<h1>SECOR audit pack</h1><p><b>${escapeHtml(pack.team)}</b>, ${escapeHtml(pack.date)}</p>`,
    `<p>Predicted: <b>${verdict}</b> at ${escapeHtml(percentText(pack.percent))}</p>${reasons}`,
    `<table border="1" cellpadding="4"><tr><th>Element</th><th>Score</th><th>Bar</th><th>Requirements</th></tr>${bars}</table>`,
    elements,
    prepare,
    `<h2>Open actions</h2>${actions}`,
    '</body></html>',
  ].join('\n');
}
