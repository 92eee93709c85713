import { useState } from 'preact/hooks';
import type { FindingsPreview } from '../server/views.ts';
import { dayText, plural } from './format.ts';
import './FindingsView.css';

interface Props {
  readonly preview: FindingsPreview | null;
  readonly busy: boolean;
  /** Reads the pasted report (writes nothing). */
  readonly onRead: (report: string, year: number) => void;
  /** Adds the findings read, under the requirements chosen by finding index. */
  readonly onAdd: (report: string, year: number, chosen: Record<string, string | null>) => void;
  readonly onBack: () => void;
}

const MATCHED_BY = { reference: 'by its reference', wording: 'by its wording', none: 'no match: choose one' } as const;

/**
 * After the audit: the certifying partner's findings pasted in, each matched to its requirement
 * for the coordinator to check (and change) before they go into the Action Plan.
 */
export function FindingsView({ preview, busy, onRead, onAdd, onBack }: Props) {
  const [report, setReport] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const read = preview;
  return (
    <div class="findings-view">
      <h2>Add audit findings</h2>
      <p class="hint">
        Paste the findings from the certifying partner's report: the text (one finding a line or a paragraph) or rows copied from its table. Nothing is written
        until you add them.
      </p>
      <label for="report">Findings</label>
      <textarea id="report" rows={8} value={report} disabled={busy} onInput={(e) => setReport((e.target as HTMLTextAreaElement).value)} />
      <label for="audit-year">Audit year</label>
      <input id="audit-year" type="number" min={2000} max={2100} value={year} disabled={busy} onInput={(e) => setYear((e.target as HTMLInputElement).value)} />
      <div class="button-row">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy || report.trim() === ''}
          onClick={() => {
            setChosen({});
            onRead(report, Number(year));
          }}
        >
          Read findings
        </button>
        <button type="button" class="btn btn-quiet" disabled={busy} onClick={onBack}>
          Back to readiness
        </button>
      </div>
      {read && (
        <>
          <h3>{plural(read.findings.length, 'finding')} read</h3>
          <ol class="findings-read">
            {read.findings.map((f) => {
              const value = Object.hasOwn(chosen, String(f.index)) ? chosen[String(f.index)] : f.requirement;
              return (
                <li key={f.index} class="finding" data-testid="audit-finding">
                  <p class="finding-meta">
                    {f.source} · due {dayText(f.due)} ({f.dueRule}){f.owner === '' ? '' : ` · ${f.owner}`}
                  </p>
                  <p class="finding-text">{f.text}</p>
                  <label class="finding-requirement">
                    <span>Requirement, {MATCHED_BY[f.matchedBy]}</span>
                    <select
                      value={value ?? ''}
                      disabled={busy}
                      onChange={(e) => setChosen({ ...chosen, [String(f.index)]: (e.target as HTMLSelectElement).value || null })}
                    >
                      <option value="">None (file it later)</option>
                      {f.choices.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.id} · {c.text}
                        </option>
                      ))}
                    </select>
                  </label>
                </li>
              );
            })}
          </ol>
          <div class="sticky-actions">
            <button type="button" class="btn btn-primary" disabled={busy} onClick={() => onAdd(report, read.year, chosen)}>
              Add {plural(read.findings.length, 'finding')} to the Action Plan
            </button>
          </div>
        </>
      )}
    </div>
  );
}
