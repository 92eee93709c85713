import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import './Toasts.css';

export interface Toast {
  readonly id: number;
  readonly title: string;
  readonly message: string;
  /** An error stays longer and is marked in red. */
  readonly error: boolean;
}

/** Shown for this long, as Sheets' toasts; an error longer, to be read. */
const SHOWN_MS = 5000;
const ERROR_SHOWN_MS = 8000;

/** The page's toasts: the add-on's own (Spreadsheet.toast) and the workbench's errors. */
export function useToasts(): { toasts: readonly Toast[]; show: (title: string, message: string, error?: boolean) => void } {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const next = useRef(0);
  const timers = useRef<number[]>([]);
  useEffect(() => () => timers.current.forEach((timer) => clearTimeout(timer)), []);
  const show = useCallback((title: string, message: string, error = false) => {
    const id = next.current++;
    setToasts((list) => [...list, { id, title, message, error }]);
    timers.current.push(window.setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), error ? ERROR_SHOWN_MS : SHOWN_MS));
  }, []);
  return { toasts, show };
}

export function Toasts({ toasts }: { readonly toasts: readonly Toast[] }) {
  return (
    <div id="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} class={t.error ? 'toast error' : 'toast'}>
          <b>{t.title}</b>
          {t.message}
        </div>
      ))}
    </div>
  );
}
