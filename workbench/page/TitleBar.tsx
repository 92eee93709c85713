import type { WorkbenchState } from '../page-api.ts';
import './TitleBar.css';

interface Props {
  readonly state: WorkbenchState;
  /** Runs the add-on's time-driven triggers as if their time had come. */
  readonly onFireTriggers: () => void;
  readonly onShowOutbox: () => void;
}

/** The spreadsheet's name, where the workbench saves it, and the downloads and trigger buttons. */
export function TitleBar({ state, onFireTriggers, onShowOutbox }: Props) {
  return (
    <header class="titlebar">
      <div class="logo" aria-hidden="true">
        SR
      </div>
      <div class="titles">
        <h1 id="title">{state.spreadsheetName}</h1>
        <div class="meta" id="meta">
          Workbench · {state.file}
          {state.today ? ` · judged on ${state.today}` : ''} · saved to {state.savedTo}
        </div>
      </div>
      <div class="spacer" />
      <a class="export" href="/export.csv" download>
        Download CSV
      </a>
      <a class="export" href="/export.xlsx" download>
        Download XLSX
      </a>
      <button
        type="button"
        class="export"
        id="fire-triggers"
        title="Run the add-on's time-driven triggers as if their time had come, and show the mail it sent"
        onClick={onFireTriggers}
      >
        Run time triggers
      </button>
      <button type="button" class="export" id="show-outbox" onClick={onShowOutbox}>
        Outbox
      </button>
      <a class="export" id="audit-pack" href="/audit-pack.pdf" download title="The reviewer's audit pack (PDF) of this workbook, as secor-ready pack builds it">
        Build audit pack
      </a>
    </header>
  );
}
