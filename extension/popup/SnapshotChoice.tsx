/** The snapshot choice: page archive, screenshot, the PDF itself (a PDF only) or the link only (a link: the PDF or the link). */
import type { SnapshotKind } from '../../shared/clip-protocol.ts';

export type Snap = SnapshotKind | 'none';
export const SNAP_LABEL: Record<Snap, string> = { mhtml: 'Page archive', png: 'Screenshot', pdf: 'The PDF itself', none: 'Link only' };

export function SnapshotChoice({ snap, onChoose, isPdf, isLink }: { snap: Snap; onChoose: (k: Snap) => void; isPdf: boolean; isLink: boolean }) {
  return (
    <>
      <span class="label" id="snapshot-label">
        Snapshot
      </span>
      <div class="chips" role="radiogroup" aria-labelledby="snapshot-label">
        {(['mhtml', 'png', 'pdf', 'none'] as const)
          .filter((k) => k !== 'pdf' || isPdf)
          .filter((k) => !isLink || k === 'pdf' || k === 'none')
          .map((k) => (
            // biome-ignore lint/a11y/useSemanticElements: chips that look and click like buttons, read as one choice of several.
            <button type="button" role="radio" aria-checked={snap === k} onClick={() => onChoose(k)}>
              {SNAP_LABEL[k]}
            </button>
          ))}
      </div>
    </>
  );
}
