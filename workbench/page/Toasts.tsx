import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import './Toasts.css';

export interface Toast {
  readonly title: string;
  readonly message: string;
  /** An error of the workbench's own, marked in red. */
  readonly error: boolean;
  /** How long it stays; null until it is clicked away. */
  readonly ms: number | null;
}

/** toast()'s default, and how long the workbench's own errors stay, to be read. */
const SHOWN_MS = 5000;
const ERROR_SHOWN_MS = 8000;

/**
 * How long an add-on's toast stays, as Spreadsheet.toast(msg, title, timeoutSeconds) says: "if
 * null, the toast defaults to 5 seconds; if negative, the toast remains until dismissed"
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number)).
 */
export function toastMs(seconds: number | null): number | null {
  if (seconds === null || Number.isNaN(seconds)) return SHOWN_MS;
  return seconds < 0 ? null : seconds * 1000;
}

/**
 * The page's toast: the add-on's (Spreadsheet.toast) and the workbench's errors. One at a time,
 * as in Sheets, where a new toast interrupts the one shown.
 */
export function useToast(): {
  toast: Toast | null;
  show: (title: string, message: string, options?: { error?: boolean; seconds?: number | null }) => void;
  dismiss: () => void;
} {
  const [toast, setToast] = useState<Toast | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setToast(null);
  }, []);
  const show = useCallback((title: string, message: string, options: { error?: boolean; seconds?: number | null } = {}) => {
    const error = options.error ?? false;
    const ms = error ? ERROR_SHOWN_MS : toastMs(options.seconds ?? null);
    clearTimeout(timer.current);
    setToast({ title, message, error, ms });
    if (ms !== null) timer.current = window.setTimeout(() => setToast(null), ms);
  }, []);
  return { toast, show, dismiss };
}

/** The toast, in the lower right corner of the spreadsheet as Sheets shows it; a click puts it away. */
export function ToastView({ toast, onDismiss }: { readonly toast: Toast | null; readonly onDismiss: () => void }) {
  return (
    <div id="toasts" role="status" aria-live="polite">
      {toast && (
        <button type="button" class={toast.error ? 'toast error' : 'toast'} onClick={onDismiss} title="Click to close">
          <b>{toast.title}</b>
          {toast.message}
        </button>
      )}
    </div>
  );
}
