/**
 * The popup: what will be saved (title, address, record date), where (requirement picker with
 * search, recent and suggestions), how (note, snapshot), then the clip's state until the server
 * confirms the row or refuses it. Opened by the toolbar button, Alt+Shift+S, or as a window from a
 * context menu (?tab=<id>, and &link=<url> for a link).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RequirementChoice, SnapshotKind } from '../../shared/clip-protocol.ts';
import type { HistoryEntry } from '../lib/history-model.ts';
import { linkClip } from '../lib/link-clip.ts';
import { send, type PageFacts, type RequirementsList, type StateView } from '../lib/messages.ts';
import { items } from '../lib/storage.ts';
import { searchRequirements } from '../lib/search.ts';
import type { Suggestions } from '../lib/suggest.ts';
import { findChoice, targetOf } from '../lib/target.ts';
import { WaitingClips } from '../ui/WaitingClips.tsx';

type Snap = SnapshotKind | 'none';
const SNAP_LABEL: Record<Snap, string> = { mhtml: 'Page archive', png: 'Screenshot', pdf: 'The PDF itself', none: 'Link only' };

async function targetTab(tabParam: string | null): Promise<number> {
  if (tabParam !== null && /^\d+$/.test(tabParam)) return Number(tabParam);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to save.');
  return tab.id;
}

function label(c: RequirementChoice): string {
  return `${c.id ?? `Row ${c.row}`} · ${c.text}`;
}

export function Popup({ tabParam, link }: { tabParam: string | null; link: string | null }) {
  const [state, setState] = useState<StateView | null>(null);
  const [page, setPage] = useState<PageFacts | null>(null);
  const [list, setList] = useState<RequirementsList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<RequirementChoice | null>(null);
  const [suggested, setSuggested] = useState<Suggestions | null>(null);
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [snap, setSnap] = useState<Snap>('mhtml');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<{ message: string; alternatives: readonly Snap[] } | null>(null);
  const [clipId, setClipId] = useState<string | null>(null);
  const [entry, setEntry] = useState<HistoryEntry | null>(null);

  const reloadState = () => void send('state/get', {}).then(setState);

  useEffect(() => {
    void (async () => {
      try {
        const view = await send('state/get', {});
        setState(view);
        // Shown now (in `view`), so the badge's "!" for it can go.
        if (view.unsaved) void send('unsaved/dismiss', {});
        const tabId = await targetTab(tabParam);
        const facts = await send('page/capture', { tabId });
        const fromLink = link ? linkClip(link, facts.url) : null;
        if (fromLink && !fromLink.ok) throw new Error(fromLink.message);
        // A link is suggested for by its own title and address, not by the page it is on.
        const linked = fromLink
          ? {
              ...facts,
              url: fromLink.url,
              title: fromLink.title,
              isPdf: fromLink.isPdf,
              excerpt: fromLink.excerpt,
              words: { title: fromLink.title, headings: [], url: fromLink.url, text: '' },
            }
          : facts;
        setPage(linked);
        setDate(linked.recordDate ?? '');
        setSnap(linked.isPdf ? 'pdf' : link ? 'none' : view.defaults.snapshot);
        if (view.paired) {
          setList(await send('requirements/list', { refresh: true }));
          const ranked = await send('requirements/suggest', { page: linked.words });
          setSuggested(ranked);
          // Only a confident suggestion is shown as chosen: never the last requirement used, which
          // was for another page; otherwise Save waits for a choice.
          if (ranked.confident) setPicked(ranked.ranked[0]!.choice);
        }
      } catch (error) {
        setProblem((error as Error).message);
      }
    })();
  }, []);

  // The clip's state comes from the history the background keeps in storage.
  useEffect(() => {
    if (!clipId) return;
    const read = () => void items.history.get().then((h) => setEntry(h.find((e) => e.id === clipId) ?? null));
    const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'local' && items.history.key in changes) read();
    };
    chrome.storage.onChanged.addListener(listener);
    read();
    return () => chrome.storage.onChanged.removeListener(listener);
  }, [clipId]);

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

  async function save(snapshot: Snap = snap) {
    if (!page || picked === null) return;
    setSaving(true);
    setSaveError(null);
    try {
      const result = await send('clip/save', {
        draft: {
          tabId: link ? null : page.tabId,
          url: page.url,
          title: page.title,
          recordDate: date || null,
          ...targetOf(picked),
          excerpt: page.excerpt,
          note,
          snapshot,
        },
      });
      if (result.ok) setClipId(result.id);
      else setSaveError({ message: result.message, alternatives: result.alternatives });
    } catch (error) {
      setSaveError({ message: (error as Error).message, alternatives: [] });
    } finally {
      setSaving(false);
    }
  }

  const options = (
    <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
      Options
    </button>
  );

  // What waits for attention whatever the page: a quick save that did not happen, clips for another tracker.
  const notices = state && (
    <>
      {state.unsaved && (
        <p class="banner bad" role="alert" data-testid="unsaved">
          Not saved: {state.unsaved.message} <span class="muted url">{state.unsaved.url.slice(0, 200)}</span>
        </p>
      )}
      <WaitingClips groups={state.elsewhere} howToPair="pair the clipper again with that tracker's pairing code (Options)" onChange={reloadState} />
    </>
  );

  if (problem)
    return (
      <main>
        <h1>SECOR Ready clipper</h1>
        {notices}
        <p class="banner bad" role="alert">
          {problem}
        </p>
        {options}
      </main>
    );
  if (!state || !page)
    return (
      <main>
        <p class="muted">Reading the page…</p>
      </main>
    );

  if (clipId) {
    const s = entry?.state ?? 'queued';
    return (
      <main>
        <h1>{page.title}</h1>
        <p data-testid="clip-state" data-state={s} class={`banner ${s === 'saved' ? 'ok' : s === 'failed' ? 'bad' : 'info'}`} role="status">
          {s === 'saved' && entry?.saved
            ? `Saved to row ${entry.saved.row} of ${entry.saved.sheet}${entry.saved.duplicate ? ' (it was already there)' : ''}.`
            : s === 'failed' && entry?.error
              ? `${entry.error.retryable ? 'Not saved yet' : 'Not saved'}: ${entry.error.message}${entry.error.retryable && entry.error.nextAt ? ` Trying again at ${new Date(entry.error.nextAt).toLocaleTimeString()}.` : ''}`
              : s === 'sending'
                ? 'Sending to the tracker…'
                : s === 'discarded'
                  ? 'Discarded before it was sent.'
                  : 'Queued: it will be sent as soon as the tracker answers.'}
        </p>
        {s === 'failed' && (
          <button type="button" onClick={() => void send('clip/retry', { id: clipId })}>
            Retry
          </button>
        )}
        <p class="muted">{entry?.requirementLabel}</p>
      </main>
    );
  }

  const pick = (c: RequirementChoice) => (
    <button type="button" aria-pressed={picked?.row === c.row} onClick={() => setPicked(c)} title={c.evidence.join(', ')}>
      {label(c)}
    </button>
  );

  return (
    <main>
      <div class="row">
        {state.paired ? (
          <span class="muted" data-testid="paired">
            Saving to <b>{state.paired.spreadsheet}</b> as {state.paired.person}
          </span>
        ) : (
          <span class="banner bad" data-testid="not-paired">
            Not paired with a tracker.
          </span>
        )}
        {options}
      </div>
      {notices}
      <h1 data-testid="title">{page.title}</h1>
      <div class="muted url" data-testid="url">
        {page.url}
      </div>
      {page.limitation && <p class="muted">{page.limitation}</p>}

      <label for="date">Record date</label>
      <input id="date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      <div class="muted" data-testid="date-found">
        {page.dates[0] && page.recordDate ? `Found: “${page.dates[0].context}”` : 'No record date found on the page: enter it if the record has one.'}
      </div>

      {state.paired && (
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
      )}

      <label for="note">Note</label>
      <textarea id="note" rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />

      <span class="label" id="snapshot-label">
        Snapshot
      </span>
      <div class="chips" role="radiogroup" aria-labelledby="snapshot-label">
        {(['mhtml', 'png', 'pdf', 'none'] as const)
          .filter((k) => k !== 'pdf' || page.isPdf)
          .filter((k) => !link || k === 'pdf' || k === 'none')
          .map((k) => (
            // biome-ignore lint/a11y/useSemanticElements: chips that look and click like buttons, read as one choice of several.
            <button type="button" role="radio" aria-checked={snap === k} onClick={() => setSnap(k)}>
              {SNAP_LABEL[k]}
            </button>
          ))}
      </div>

      {saveError && (
        <div class="banner bad" role="alert">
          {saveError.message}
          {saveError.alternatives.map((k) => (
            <button
              type="button"
              onClick={() => {
                setSnap(k);
                void save(k);
              }}
            >
              Save with {SNAP_LABEL[k].toLowerCase()}
            </button>
          ))}
        </div>
      )}
      <p>
        <button class="primary" type="button" disabled={!state.paired || picked === null || saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save'}
        </button>
      </p>
    </main>
  );
}
