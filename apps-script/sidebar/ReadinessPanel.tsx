import type { ReadinessView, UnmatchedRow } from '../server/views.ts';
import { ActionProgress } from './ActionProgress.tsx';
import { DueSoon } from './DueSoon.tsx';
import { ElementBars } from './ElementBars.tsx';
import { EvidenceSources } from './EvidenceSources.tsx';
import { GapGroups } from './GapGroups.tsx';
import { MissingRequirements } from './MissingRequirements.tsx';
import { OverallCard } from './OverallCard.tsx';
import { PracticePanel } from './PracticePanel.tsx';
import { ReadyByClips } from './ReadyByClips.tsx';
import { UnmatchedRows } from './UnmatchedRows.tsx';
import { timeText } from './format.ts';

/** The Sheets card's buttons, in order: what each makes or opens first, then the quieter settings. */
const TOOLS: readonly (readonly [label: string, action: ToolAction, quiet: boolean])[] = [
  ['Create action plan', 'createActionPlan', false],
  ['Build evidence index', 'buildEvidenceIndex', false],
  ['Add audit findings', 'openFindings', false],
  ['Build audit pack', 'buildAuditPack', false],
  ['Change column mapping', 'changeMapping', true],
  ['Team settings', 'openSettings', true],
  ['Connect the clipper', 'openClipper', true],
];
type ToolAction = 'createActionPlan' | 'buildEvidenceIndex' | 'openFindings' | 'buildAuditPack' | 'changeMapping' | 'openSettings' | 'openClipper';

export interface ReadinessActions {
  readonly rescan: () => void;
  /** Selects a row of the tracker, or of another sheet by its id. */
  readonly goToRow: (row: number, sheetId?: number | null) => void;
  readonly addMissing: (ids: string[]) => void;
  readonly pickRequirement: (row: UnmatchedRow, id: string) => void;
  readonly createActionPlan: () => void;
  readonly buildEvidenceIndex: () => void;
  readonly createPracticeLog: () => void;
  readonly planSiteWalk: () => void;
  readonly buildAuditPack: () => void;
  readonly changeMapping: () => void;
  readonly openSettings: () => void;
  readonly openClipper: () => void;
  readonly openFindings: () => void;
}

interface Props {
  readonly view: ReadinessView;
  readonly busy: boolean;
  readonly actions: ReadinessActions;
}

/** The readiness view: score and verdict first, then what to fix, then the sheet tools. */
export function ReadinessPanel({ view, busy, actions }: Props) {
  return (
    <div class="readiness">
      <div class="scan-line">
        <p class="scan-meta">
          <span class="sheet-name" title={`${view.spreadsheetName} › ${view.sheetName}`}>
            {view.sheetName}
          </span>
          <span class="scan-time">Last scan: {timeText(view.scannedAt)}</span>
        </p>
        <button type="button" class="btn" onClick={actions.rescan} disabled={busy}>
          Rescan
        </button>
      </div>
      <OverallCard prediction={view.prediction} overall={view.overall} gate={view.gate} submission={view.submission} />
      <ElementBars prediction={view.prediction} rows={view.elements} />
      <EvidenceSources view={view} busy={busy} onGoTo={actions.goToRow} />
      <GapGroups groups={view.gapGroups} busy={busy} onGoTo={actions.goToRow} />
      <UnmatchedRows rows={view.unmatched} requirementColumn={view.requirementColumn} busy={busy} onPick={actions.pickRequirement} onGoTo={actions.goToRow} />
      <ReadyByClips rows={view.readyByClips} busy={busy} onGoTo={actions.goToRow} />
      <DueSoon items={view.dueSoon} busy={busy} onGoTo={actions.goToRow} />
      {view.actions && <ActionProgress actions={view.actions} busy={busy} onGoTo={actions.goToRow} />}
      <PracticePanel practice={view.practice} busy={busy} onPrepare={actions.createPracticeLog} onWalk={actions.planSiteWalk} onGoTo={actions.goToRow} />
      <MissingRequirements missing={view.missing} busy={busy} onAdd={actions.addMissing} />
      <section class="section tools" aria-labelledby="tools-heading">
        <h2 id="tools-heading">Sheets</h2>
        <div class="button-stack">
          {TOOLS.map(([label, action, quiet]) => (
            <button key={action} type="button" class={quiet ? 'btn btn-quiet' : 'btn'} onClick={actions[action]} disabled={busy}>
              {label}
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}
