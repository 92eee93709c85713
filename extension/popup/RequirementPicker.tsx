/** The requirement picker: the chosen one, suggestions, recently used, and a search over the tracker's items. */
import { useMemo, useState } from 'preact/hooks';
import type { RequirementChoice } from '../../shared/clip-protocol.ts';
import type { RequirementsList } from '../lib/messages.ts';
import { searchRequirements } from '../lib/search.ts';
import type { Suggestions } from '../lib/suggest.ts';
import { findChoice } from '../lib/target.ts';

function label(c: RequirementChoice): string {
  return `${c.id ?? `Row ${c.row}`} · ${c.text}`;
}

export function RequirementPicker({
  list,
  suggested,
  picked,
  onPick,
}: {
  list: RequirementsList | null;
  suggested: Suggestions | null;
  picked: RequirementChoice | null;
  onPick: (c: RequirementChoice) => void;
}) {
  const [query, setQuery] = useState('');
  const choices = list?.requirements ?? [];
  const suggestions = suggested?.ranked ?? [];
  // A remembered row item is found again by its text, wherever the team moved it.
  const recent = useMemo(
    () =>
      (list?.recent ?? [])
        .map((t) => findChoice(t, choices))
        .filter((c): c is RequirementChoice => !!c)
        .slice(0, 3),
    [list, choices],
  );
  const found = useMemo(() => searchRequirements(query, choices), [query, choices]);

  const pick = (c: RequirementChoice) => (
    <button type="button" aria-pressed={picked?.row === c.row} onClick={() => onPick(c)} title={c.evidence.join(', ')}>
      {label(c)}
    </button>
  );

  return (
    <fieldset>
      <label for="search">Requirement</label>
      {list?.stale && <div class="banner bad">{list.stale}</div>}
      <p class={picked ? 'chosen' : 'muted'} data-testid="chosen">
        {picked
          ? `${suggested?.confident && picked.row === suggestions[0]?.choice.row ? 'Suggested for this page' : 'Chosen'}: ${label(picked)}`
          : 'Choose the requirement this page is evidence for.'}
      </p>
      {suggestions.length > 0 && (
        <div class="chips" data-testid="suggested">
          <span class="muted">Suggested: </span>
          {suggestions.map((s) => pick(s.choice))}
        </div>
      )}
      {recent.length > 0 && (
        <div class="chips" data-testid="recent">
          <span class="muted">Recently used: </span>
          {recent.map((c) => pick(c))}
        </div>
      )}
      <input
        id="search"
        type="search"
        placeholder="Search requirements (e.g. training, E5-02)"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <ul class="choices" data-testid="choices">
        {found.slice(0, 50).map((c) => (
          <li key={c.row}>{pick(c)}</li>
        ))}
        {found.length === 0 && <li class="muted">No requirement matches “{query}”.</li>}
      </ul>
    </fieldset>
  );
}
