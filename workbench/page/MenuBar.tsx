import { useState } from 'preact/hooks';
import type { WorkbenchState } from '../page-api.ts';
import './MenuBar.css';

interface Props {
  readonly menus: WorkbenchState['menus'];
  /** Runs the item; resolves when the add-on answered. */
  readonly onRun: (item: WorkbenchState['menus'][number]) => Promise<void>;
}

/** Extensions › SECOR Ready: the items the add-on's onOpen put in its menu. */
export function MenuBar({ menus, onRun }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (item: Props['menus'][number]) => {
    setBusy(item.functionName);
    try {
      await onRun(item);
    } finally {
      setBusy(null);
    }
  };
  return (
    <nav class="menu" aria-label="SECOR Ready menu">
      <span class="label">
        Extensions › <b>SECOR Ready</b>
      </span>
      {menus.map((item) => (
        <button
          key={item.functionName}
          type="button"
          data-menu={item.functionName}
          aria-busy={busy === item.functionName ? 'true' : undefined}
          onClick={() => run(item)}
        >
          {item.caption}
        </button>
      ))}
    </nav>
  );
}
