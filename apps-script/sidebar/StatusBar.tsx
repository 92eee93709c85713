export interface Notice {
  readonly tone: 'success' | 'error';
  readonly text: string;
  readonly retry?: () => void;
  /** A link the result offers (the Doc just saved), opened in a new tab. */
  readonly link?: { readonly href: string; readonly label: string };
}

interface Props {
  readonly busy: string | null;
  readonly notice: Notice | null;
  readonly onDismiss: () => void;
}

/**
 * What is happening now, announced to screen readers: the running call ("Scanning…") or the
 * result of the last one. The live region is always in the page so changes to it are read out.
 */
export function StatusBar({ busy, notice, onDismiss }: Props) {
  const error = !busy && notice?.tone === 'error' ? notice : null;
  const success = !busy && notice?.tone === 'success' ? notice : null;
  return (
    <div class="status-bar">
      <div class={`status ${busy ? 'is-busy' : ''} ${success ? 'is-success' : ''}`} role="status" aria-live="polite" data-testid="status">
        {busy && (
          <>
            <span class="spinner" aria-hidden="true" />
            {busy}
          </>
        )}
        {success?.text}
        {success?.link && (
          <>
            {' '}
            <a href={success.link.href} target="_blank" rel="noopener noreferrer" data-testid="status-link">
              {success.link.label}
            </a>
          </>
        )}
      </div>
      {error && (
        <div class="notice notice-error" role="alert" data-testid="error">
          <p class="error-text">{error.text}</p>
          <p class="error-help">Try again; if it keeps failing, reload the sheet and reopen SECOR Ready.</p>
          <div class="button-row">
            {error.retry && (
              <button type="button" class="btn btn-primary" onClick={error.retry}>
                Retry
              </button>
            )}
            <button type="button" class="btn btn-quiet" onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
