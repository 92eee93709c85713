import { useEffect, useState } from 'preact/hooks';
import type { RequirementView } from '../server/views.ts';
import { Collapsible } from './Collapsible.tsx';
import './MissingRequirements.css';

interface Props {
  readonly missing: readonly RequirementView[];
  readonly busy: boolean;
  readonly onAdd: (ids: string[]) => void;
}

/** Reference requirements no row covers, to add to the sheet as new rows. */
export function MissingRequirements({ missing, busy, onAdd }: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // A rescan replaces the list: forget choices that are no longer offered.
  useEffect(() => {
    setSelected((current) => new Set(missing.filter((item) => current.has(item.id)).map((item) => item.id)));
  }, [missing]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const all = selected.size === missing.length;
  const ids = missing.filter((item) => selected.has(item.id)).map((item) => item.id);

  return (
    <section class="section" aria-labelledby="missing-heading">
      <h2 id="missing-heading">Missing from your sheet</h2>
      {missing.length === 0 ? (
        <p class="empty">Every reference requirement has a row.</p>
      ) : (
        <Collapsible title="Requirements no row covers" count={missing.length} tone="warn" initiallyOpen={missing.length <= 6}>
          <fieldset class="checklist">
            <legend class="sr-only">Requirements to add to the sheet</legend>
            {missing.map((item) => (
              <label class="check" key={item.id}>
                <input
                  type="checkbox"
                  value={item.id}
                  checked={selected.has(item.id)}
                  disabled={busy}
                  onChange={(event) => toggle(item.id, event.currentTarget.checked)}
                />
                <span>
                  <span class="check-id">{item.id}</span> {item.text}
                </span>
              </label>
            ))}
          </fieldset>
          <div class="button-row">
            <button type="button" class="btn btn-primary" disabled={busy || ids.length === 0} onClick={() => onAdd(ids)}>
              Add selected to sheet{ids.length > 0 ? ` (${ids.length})` : ''}
            </button>
            <button type="button" class="btn btn-quiet" disabled={busy} onClick={() => setSelected(all ? new Set() : new Set(missing.map((item) => item.id)))}>
              {all ? 'Clear' : 'Select all'}
            </button>
          </div>
        </Collapsible>
      )}
    </section>
  );
}
