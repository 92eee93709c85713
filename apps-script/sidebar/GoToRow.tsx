interface Props {
  readonly row: number;
  readonly disabled?: boolean;
  readonly onGoTo: (row: number) => void;
}

/** Selects the row in the sheet. */
export function GoToRow({ row, disabled = false, onGoTo }: Props) {
  return (
    <button type="button" class="btn btn-small" disabled={disabled} onClick={() => onGoTo(row)}>
      Go to row {row}
    </button>
  );
}
