import type { EvidenceSource } from '../../shared/index.ts';
import type { ReadinessView } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import { GoToRow } from './GoToRow.tsx';
import './EvidenceSources.css';

interface Props {
  readonly view: ReadinessView;
  readonly busy: boolean;
  readonly onGoTo: (row: number, sheetId: number | null) => void;
}

/** Where a source is: the tracker (null) or an evidence sheet found this scan by its name; undefined when it has no rows to go to. */
function sheetIdOf(view: ReadinessView, source: EvidenceSource): number | null | undefined {
  if (source.rows.length === 0) return undefined;
  if (source.kind === 'checklist') return null;
  return view.evidenceSheets.find((s) => s.name === source.sheet)?.sheetId ?? undefined;
}

/** "Training, 2 of 18 tickets expired" or "SECOR Tracker 2026, row 12"; clips name themselves. */
function sourceText(view: ReadinessView, source: EvidenceSource): string {
  if (source.kind === 'clip') return source.summary;
  return `${source.sheet ?? view.sheetName}, ${source.summary}`;
}

const FINDING_ORDER = { missing: 0, gap: 1, ready: 2, 'n/a': 3 } as const;

/**
 * Per requirement, where its evidence comes from in a few words ("E4-02: Site Inspections, 11 of
 * 12 months; SECOR Tracker 2026, row 12"), gaps first, each source's first row a click away on
 * its own sheet; and the evidence sheets that gave nothing this scan, with why.
 */
export function EvidenceSources({ view, busy, onGoTo }: Props) {
  const evidence = [...view.prediction.evidence].sort(
    (a, b) => FINDING_ORDER[a.finding] - FINDING_ORDER[b.finding] || a.requirement.localeCompare(b.requirement),
  );
  const notes = view.evidenceSheets.filter((s) => s.note !== null);
  if (evidence.length === 0 && notes.length === 0) return null;
  const gaps = evidence.filter((e) => e.finding !== 'ready' && e.finding !== 'n/a').length;
  return (
    <section class="section" aria-label="Where the evidence comes from" data-testid="evidence-sources">
      <Collapsible title="Where the evidence comes from" count={gaps > 0 ? gaps : evidence.length} tone={gaps > 0 ? 'danger' : 'neutral'} initiallyOpen>
        {notes.map((sheet) => (
          <p key={sheet.name} class="notice notice-warn" role="note" data-testid="evidence-sheet-note">
            <strong>{sheet.name}</strong>: {sheet.note}
          </p>
        ))}
        <ul class="sources">
          {evidence.map((e) => (
            <li key={e.requirement} class={`source source-${e.finding}`} data-testid={`evidence-${e.requirement}`} data-finding={e.finding}>
              <p class="source-text">
                <strong>{e.requirement}</strong>: {e.sources.map((source) => sourceText(view, source)).join('; ')}
              </p>
              <div class="source-actions">
                {e.sources.map((source, i) => {
                  const sheetId = sheetIdOf(view, source);
                  if (sheetId === undefined) return null;
                  const row = source.rows[0]!;
                  return (
                    <GoToRow
                      key={i}
                      row={row}
                      sheet={sheetId === null ? undefined : (source.sheet ?? undefined)}
                      disabled={busy}
                      onGoTo={(r) => onGoTo(r, sheetId)}
                    />
                  );
                })}
              </div>
            </li>
          ))}
        </ul>
      </Collapsible>
    </section>
  );
}
