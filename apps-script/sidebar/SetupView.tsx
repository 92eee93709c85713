import { useState } from 'preact/hooks';
import { ACTIVITY_LABEL, type LogActivity, type Role, ROLE_LABEL, ROLES, SHEET_KIND_LABEL, upperFirst } from '../../shared/index.ts';
import type { SetupChoice, SetupProposal, SheetKindChoice, SheetKindView } from '../server/views.ts';
import { confidenceText } from './format.ts';
import './SetupView.css';

interface Props {
  readonly proposal: SetupProposal;
  readonly busy: boolean;
  readonly onConfirm: (choice: SetupChoice) => void;
  /** Makes a checklist for a team that keeps none (offered only when no sheet reads as one). */
  readonly onStartChecklist: () => void;
  /** Back to readiness without changing anything; absent when there is nothing to go back to. */
  readonly onCancel?: () => void;
}

/** Below this the proposal's guess is highlighted for the person to check. */
const LOW_CONFIDENCE = 0.6;
const REQUIRED: readonly Role[] = ['requirement', 'evidence'];

function label(role: Role): string {
  return upperFirst(ROLE_LABEL[role]);
}

function proposedColumns(proposal: SetupProposal): Record<Role, string | null> {
  const columns = Object.fromEntries(ROLES.map((role) => [role, null])) as Record<Role, string | null>;
  for (const choice of proposal.columns) if (ROLES.includes(choice.role)) columns[choice.role] = choice.column;
  return columns;
}

/** What stops the choice from being confirmed, in words; empty when it can be. */
function problems(headerRow: string, columns: Record<Role, string | null>): string[] {
  const found: string[] = [];
  const row = Number(headerRow);
  if (!/^\d+$/.test(headerRow.trim()) || !Number.isInteger(row) || row < 1)
    found.push('Enter the header row: the sheet row number of the column headings (1 or more).');
  for (const role of REQUIRED) if (!columns[role]) found.push(`Choose the ${ROLE_LABEL[role]} column: it is needed to scan the sheet.`);
  const byColumn = new Map<string, Role[]>();
  for (const role of ROLES) {
    const column = columns[role];
    if (column) byColumn.set(column, [...(byColumn.get(column) ?? []), role]);
  }
  for (const [column, roles] of byColumn) {
    if (roles.length > 1) found.push(`Column ${column} is chosen for ${roles.map((r) => ROLE_LABEL[r]).join(' and ')}: a column can have one role.`);
  }
  return found;
}

const KIND_OPTIONS: readonly [SheetKindChoice, string][] = [
  ['training-matrix', 'Training matrix'],
  ['activity-log', 'Activity log'],
  ['document-register', 'Document register'],
  ['not-evidence', 'Not evidence'],
];
const ACTIVITIES = Object.keys(ACTIVITY_LABEL) as LogActivity[];

type SheetChoice = { kind: SheetKindChoice; activity: LogActivity | null };

/** One other sheet: what it is read as, how sure and why, and a select to confirm or change it. */
function SheetKindRow({
  sheet,
  choice,
  busy,
  onChange,
}: {
  sheet: SheetKindView;
  choice: SheetChoice;
  busy: boolean;
  onChange: (choice: SheetChoice) => void;
}) {
  const id = `sheet-${sheet.sheetId}`;
  const changed = choice.kind !== sheet.kind || choice.activity !== sheet.activity;
  const low = !changed && !sheet.confirmed && sheet.confidence < LOW_CONFIDENCE;
  return (
    <div class={`role sheet-kind ${low ? 'is-low' : ''}`} data-testid={`sheet-kind-${sheet.name}`}>
      <label for={id}>{sheet.name}</label>
      <select
        id={id}
        name={id}
        value={choice.kind}
        disabled={busy}
        title={SHEET_KIND_LABEL[choice.kind]}
        onChange={(event) => onChange({ kind: event.currentTarget.value as SheetKindChoice, activity: choice.activity })}
      >
        {KIND_OPTIONS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {choice.kind === 'activity-log' && (
        <select
          id={`${id}-activity`}
          aria-label={`What ${sheet.name} logs`}
          value={choice.activity ?? ''}
          disabled={busy}
          onChange={(event) => onChange({ kind: choice.kind, activity: (event.currentTarget.value || null) as LogActivity | null })}
        >
          <option value="">what it logs…</option>
          {ACTIVITIES.map((activity) => (
            <option key={activity} value={activity}>
              {ACTIVITY_LABEL[activity]}
            </option>
          ))}
        </select>
      )}
      <span class="confidence">
        {changed ? 'Your choice' : sheet.confirmed ? 'Confirmed' : low ? `${confidenceText(sheet.confidence)}: check this` : confidenceText(sheet.confidence)}
      </span>
      {!changed && sheet.reasons.length > 0 && <p class="sheet-reasons">Why: {sheet.reasons.join('; ')}.</p>}
    </div>
  );
}

/** The engine's reading of the sheet (header row, a column per role), for the person to check and confirm. */
export function SetupView({ proposal, busy, onConfirm, onStartChecklist, onCancel }: Props) {
  const proposed = proposedColumns(proposal);
  const [headerRow, setHeaderRow] = useState(proposal.headerRow === null ? '' : String(proposal.headerRow));
  const [columns, setColumns] = useState(proposed);
  const [sheets, setSheets] = useState<Record<number, SheetChoice>>(() =>
    Object.fromEntries(proposal.sheets.map((sheet) => [sheet.sheetId, { kind: sheet.kind, activity: sheet.activity }])),
  );
  const blocking = problems(headerRow, columns);
  const confidence = new Map(proposal.columns.map((choice) => [choice.role, choice.confidence]));
  const headers = [...proposal.headers];
  // A saved or proposed column that is not in the header list still needs an option to stay selected.
  for (const role of ROLES) {
    const column = proposed[role];
    if (column && !headers.some((h) => h.column === column)) headers.push({ column, text: proposal.columns.find((c) => c.role === role)?.header ?? '' });
  }

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || blocking.length > 0) return;
    const chosen = proposal.sheets.map((sheet) => ({ sheetId: sheet.sheetId, ...sheets[sheet.sheetId]! }));
    onConfirm({ headerRow: Number(headerRow), columns: { ...columns }, sheets: chosen });
  };

  return (
    <form class="setup" onSubmit={submit} aria-labelledby="setup-heading" noValidate>
      <h2 id="setup-heading" class="view-title">
        {proposal.configured ? 'Column mapping' : 'Set up this sheet'}
      </h2>
      <p class="sheet-name">
        Sheet: <strong>{proposal.sheetName}</strong>
      </p>
      {proposal.problem && (
        <div class="notice notice-error problem" role="alert" data-testid="problem">
          <strong>This sheet cannot be set up yet</strong>
          <p>{proposal.problem}</p>
          {proposal.canStartChecklist && (
            <>
              <p>
                No checklist yet? SECOR Ready can start one on a new sheet: a row per SECOR requirement, for you to fill in with your evidence and its date.
                None of your sheets is changed.
              </p>
              <button type="button" class="btn btn-primary" disabled={busy} onClick={onStartChecklist}>
                Start a checklist
              </button>
            </>
          )}
        </div>
      )}
      <p class="hint">Check what SECOR Ready read from your sheet. It never changes your cells: it adds its own Readiness column.</p>

      <div class="field">
        <label for="header-row">Header row</label>
        <input
          id="header-row"
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={headerRow}
          disabled={busy}
          onInput={(event) => setHeaderRow(event.currentTarget.value)}
        />
        <span class="field-note">The row with the column headings.</span>
      </div>

      <fieldset class="roles">
        <legend>Columns</legend>
        {ROLES.map((role) => {
          const id = `role-${role}`;
          const changed = columns[role] !== proposed[role];
          const sure = confidence.get(role) ?? 0;
          const low = !changed && proposed[role] !== null && sure < LOW_CONFIDENCE;
          return (
            <div class={`role ${low ? 'is-low' : ''}`} key={role}>
              <label for={id}>
                {label(role)}
                {REQUIRED.includes(role) && <span class="required"> (required)</span>}
              </label>
              <select
                id={id}
                name={role}
                value={columns[role] ?? ''}
                disabled={busy}
                aria-describedby={`${id}-note`}
                onChange={(event) => setColumns({ ...columns, [role]: event.currentTarget.value || null })}
              >
                <option value="">none</option>
                {headers.map((header) => (
                  <option key={header.column} value={header.column}>
                    {header.column} — {header.text.trim() || '(no heading)'}
                  </option>
                ))}
              </select>
              <span id={`${id}-note`} class="confidence">
                {changed ? 'Your choice' : proposed[role] === null ? 'Not found' : low ? `${confidenceText(sure)}: check this` : confidenceText(sure)}
              </span>
            </div>
          );
        })}
      </fieldset>

      {proposal.sheets.length > 0 && (
        <fieldset class="roles sheet-kinds" data-testid="sheet-kinds">
          <legend>Other sheets</legend>
          <p class="field-note">
            What each sheet holds: a training matrix, an activity log or a document register counts as evidence. SECOR Ready only colours a matrix's cells,
            never writes them.
          </p>
          {proposal.sheets.map((sheet) => (
            <SheetKindRow
              key={sheet.sheetId}
              sheet={sheet}
              choice={sheets[sheet.sheetId]!}
              busy={busy}
              onChange={(choice) => setSheets({ ...sheets, [sheet.sheetId]: choice })}
            />
          ))}
        </fieldset>
      )}

      {blocking.length > 0 && (
        <ul class="notice notice-warn blocking" aria-live="polite">
          {blocking.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}

      <div class="button-row sticky-actions">
        <button type="submit" class="btn btn-primary" disabled={busy || blocking.length > 0}>
          Confirm
        </button>
        {onCancel && (
          <button type="button" class="btn" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
