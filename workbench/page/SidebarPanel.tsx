import type { Ref } from 'preact';
import './SidebarPanel.css';

interface Props {
  /** The sidebar page to load (a new address per showing); null when the sidebar is closed. */
  readonly src: string | null;
  readonly title: string | null;
  readonly frameRef: Ref<HTMLIFrameElement>;
  readonly onClose: () => void;
}

/** The add-on's sidebar, 300 px wide as in Sheets, its HTML as the add-on's showSidebar made it. */
export function SidebarPanel({ src, title, frameRef, onClose }: Props) {
  return (
    <aside id="panel" aria-label="SECOR Ready sidebar" hidden={src === null}>
      <div class="bar">
        <span id="panel-title">{title || 'SECOR Ready'}</span>
        <button type="button" id="close-panel" title="Close" aria-label="Close the sidebar" onClick={onClose}>
          ×
        </button>
      </div>
      <iframe id="sidebar" title="SECOR Ready sidebar" src={src ?? 'about:blank'} ref={frameRef} />
    </aside>
  );
}
