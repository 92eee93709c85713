interface Props {
  readonly row: number;
  /** The sheet's name when it is not the tracker: "Go to Training row 5". */
  readonly sheet?: string;
  readonly disabled?: boolean;
  readonly onGoTo: (row: number) => void;
}

/** Selects the row in the sheet. */
export function GoToRow({ row, sheet, disabled = false, onGoTo }: Props) {
  return (
    <button type="button" class="btn btn-small" disabled={disabled} onClick={() => onGoTo(row)}>
      Go to {sheet === undefined ? '' : `${sheet} `}row {row}
    </button>
  );
}
