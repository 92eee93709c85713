import { plural } from '../../shared/index.ts';
import type { WorkbenchState } from '../page-api.ts';
import './SheetTabs.css';

interface Props {
  readonly sheets: WorkbenchState['sheets'];
  readonly active: WorkbenchState['active'];
  readonly onActivate: (sheet: string) => void;
}

/** A tab per sheet the team can see, and what the grid does not paint. */
export function SheetTabs({ sheets, active, onActivate }: Props) {
  return (
    <div class="tabs" role="tablist" id="tabs" aria-label="Sheets">
      {sheets
        .filter((sheet) => !sheet.hidden)
        .map((sheet) => (
          <button
            key={sheet.name}
            type="button"
            role="tab"
            aria-selected={sheet.name === active.name}
            data-sheet={sheet.name}
            onClick={() => onActivate(sheet.name)}
          >
            {sheet.name}
          </button>
        ))}
      {active.unknownRules > 0 && (
        <span class="note">{plural(active.unknownRules, 'colour rule')} not shown (the workbench evaluates the add-on's rule shapes only)</span>
      )}
    </div>
  );
}
