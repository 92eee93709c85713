/**
 * The popup: what will be saved (title, address, record date), where (requirement picker with
 * search, recent and suggestions), how (note, snapshot), then the clip's state until the server
 * confirms the row or refuses it. Opened by the toolbar button, Alt+Shift+S, or as a window from a
 * context menu (?tab=<id>, and &link=<url> for a link).
 */
import { useEffect, useState } from 'preact/hooks';
import type { RequirementChoice } from '../../shared/clip-protocol.ts';
import { linkPage } from '../lib/link-clip.ts';
import { send, type PageFacts, type RequirementsList, type StateView } from '../lib/messages.ts';
import type { Suggestions } from '../lib/suggest.ts';
import { targetOf } from '../lib/target.ts';
import { WaitingClips } from '../ui/WaitingClips.tsx';
import { ClipState } from './ClipState.tsx';
import { RequirementPicker } from './RequirementPicker.tsx';
import { SNAP_LABEL, SnapshotChoice, type Snap } from './SnapshotChoice.tsx';

async function targetTab(tabParam: string | null): Promise<number> {
  if (tabParam !== null && /^\d+$/.test(tabParam)) return Number(tabParam);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to save.');
  return tab.id;
}

export function Popup({ tabParam, link }: { tabParam: string | null; link: string | null }) {
  const [state, setState] = useState<StateView | null>(null);
  const [page, setPage] = useState<PageFacts | null>(null);
  const [list, setList] = useState<RequirementsList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [picked, setPicked] = useState<RequirementChoice | null>(null);
  const [suggested, setSuggested] = useState<Suggestions | null>(null);
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [snap, setSnap] = useState<Snap>('mhtml');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<{ message: string; alternatives: readonly Snap[] } | null>(null);
  const [clipId, setClipId] = useState<string | null>(null);

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
        const fromLink = link ? linkPage(link, facts) : null;
        if (fromLink && !fromLink.ok) throw new Error(fromLink.message);
        const linked = fromLink ? fromLink.facts : facts;
        setPage(linked);
        setDate(linked.recordDate ?? '');
        setSnap(fromLink ? fromLink.snapshot : linked.isPdf ? 'pdf' : view.defaults.snapshot);
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

  if (clipId) return <ClipState clipId={clipId} title={page.title} />;

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

      {state.paired && <RequirementPicker list={list} suggested={suggested} picked={picked} onPick={setPicked} />}

      <label for="note">Note</label>
      <textarea id="note" rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />

      <SnapshotChoice snap={snap} onChoose={setSnap} isPdf={page.isPdf} isLink={link !== null} />

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
