import './FormulaBar.css';

interface Props {
  /** A1 or A1:C4; empty without a cell. */
  readonly name: string;
  /** The cell's formula or text. */
  readonly content: string;
}

/** The name box and the formula bar: the cell being typed into, else the add-on's selection. */
export function FormulaBar({ name, content }: Props) {
  return (
    <div class="fxbar">
      <output id="namebox" aria-label="Cell">
        {name || '\u00a0'}
      </output>
      <div class="fx-icon" aria-hidden="true">
        fx
      </div>
      <output id="fxtext" aria-label="Cell content">
        {content}
      </output>
    </div>
  );
}
