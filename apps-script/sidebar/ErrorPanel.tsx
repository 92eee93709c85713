interface Props {
  readonly message: string;
  readonly onRetry: () => void;
  readonly onBack?: () => void;
}

/** Shown instead of a view that could not be loaded: what went wrong and what to do. */
export function ErrorPanel({ message, onRetry, onBack }: Props) {
  return (
    <div class="notice notice-error error-panel" role="alert" data-testid="error">
      <h2>Could not load SECOR Ready</h2>
      <p class="error-text">{message}</p>
      <p class="error-help">Press Retry. If it keeps failing, reload the sheet and open SECOR Ready again from the Extensions menu.</p>
      <div class="button-row">
        <button type="button" class="btn btn-primary" onClick={onRetry}>
          Retry
        </button>
        {onBack && (
          <button type="button" class="btn" onClick={onBack}>
            Back
          </button>
        )}
      </div>
    </div>
  );
}
