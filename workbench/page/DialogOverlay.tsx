import type { WorkbenchState } from '../page-api.ts';
import './DialogOverlay.css';

/** Sheets' size for a modal dialog the add-on gave none. */
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 400;

interface Props {
  readonly dialog: NonNullable<WorkbenchState['dialog']>;
  readonly onClose: () => void;
}

/** The add-on's modal dialog (showModalDialog) over a dimmed page, at the size it asked for, loaded once per showing. */
export function DialogOverlay({ dialog, onClose }: Props) {
  return (
    <div id="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dialog-title">
        <div class="bar">
          <span id="dialog-title">{dialog.title}</span>
          <button type="button" id="close-dialog" title="Close" aria-label="Close the dialog" onClick={onClose}>
            ×
          </button>
        </div>
        <iframe
          id="dialog-frame"
          title="SECOR Ready dialog"
          src={`/dialog?n=${dialog.opened}`}
          style={{ width: `${dialog.width ?? DEFAULT_WIDTH}px`, height: `${dialog.height ?? DEFAULT_HEIGHT}px` }}
        />
      </div>
    </div>
  );
}
