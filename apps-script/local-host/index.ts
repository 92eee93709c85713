/** The local Apps Script host: in-memory fakes of the services the add-on uses, for tests, benchmarks and the workbench. */

export { createHost, type HostFakes, type HostGlobals, type HostOptions, type LocalHost, type TriggerRun } from './host.ts';
export type { SentMail } from './mail.ts';
export type { TriggerRecord } from './script-app.ts';
export { a1Of } from './a1.ts';
export { loadBundle, type BundleFunctions } from './bundle.ts';
export { CallCounts, type Fake } from './counter.ts';
export { ENTRY_CONTEXTS, type ExecutionContext } from './execution.ts';
export { LocalSpreadsheet, type CellModel, type CellValue, type RuleModel, type SheetModel } from './model.ts';
export {
  snapshotCells,
  spreadsheetFromGrid,
  spreadsheetFromGrids,
  spreadsheetFromJSON,
  spreadsheetToJSON,
  type CellSnapshot,
  type GridCell,
  type SpreadsheetJson,
} from './serialize.ts';
export { evaluateFormulaRule } from './conditional-format.ts';
export { serialNumber, zonedMidnight } from './format-date.ts';
export { MAX_CELL_CHARACTERS, TOO_LONG } from './cell-values.ts';
export { type DriveLink, localDrivePath, mimeTypeOf } from './drive.ts';
export type { MenuRecord, UiRecord } from './context.ts';
export { team, type EditEvent, type SheetRef, type SortColumn, type Team } from './team.ts';
