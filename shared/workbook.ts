import { type LogJudgement, judgeLog } from './activity-log/judge.ts';
import type { Grid } from './cells.ts';
import type { ClipEvidence } from './clips.ts';
import type { Day, SlashOrder } from './dates.ts';
import { type Prediction, predictAudit } from './prediction.ts';
import { DEFAULT_PROFILE, type Profile } from './profile.ts';
import { scoreReadiness } from './readiness.ts';
import { registerEvidence } from './document-register/evidence.ts';
import { type RegisterJudgement, judgeRegister } from './document-register/judge.ts';
import type { EvidenceSheetKind, SheetEvidence } from './sheet-evidence.ts';
import type { LogActivity } from './sheet-kinds/kinds.ts';
import { matrixEvidence } from './training-matrix/evidence.ts';
import { type MatrixJudgement, judgeMatrix } from './training-matrix/judge.ts';

/** A sheet confirmed (or proposed) as evidence other than the checklist: a matrix, a log or a register. */
export interface EvidenceSheet {
  /** The sheet's name, as its tab (or a CSV's file name). */
  readonly name: string;
  readonly grid: Grid;
  readonly kind: EvidenceSheetKind;
  /** What a log records, as confirmed at setup; null when nobody said and its reading could not tell. */
  readonly activity?: LogActivity | null;
}

export interface JudgeSheetOptions {
  readonly today: Day;
  readonly slashOrder?: SlashOrder;
  /** Where the sheet's date cells are midnight: the spreadsheet's zone. */
  readonly timeZone?: string;
  readonly profile?: Profile;
}

/** One evidence sheet judged: what its kind's judge found, and what that shows per requirement. */
export type SheetJudgement =
  | { readonly kind: 'training-matrix'; readonly sheet: string; readonly matrix: MatrixJudgement; readonly evidence: readonly SheetEvidence[] }
  | { readonly kind: 'activity-log'; readonly sheet: string; readonly log: LogJudgement; readonly evidence: readonly SheetEvidence[] }
  | { readonly kind: 'document-register'; readonly sheet: string; readonly register: RegisterJudgement; readonly evidence: readonly SheetEvidence[] };

/**
 * Judges one evidence sheet by its kind's judge. Null when the sheet no longer reads as that kind
 * (a matrix with no course header left): the caller says so, it never counts as evidence.
 */
export function judgeEvidenceSheet(sheet: EvidenceSheet, options: JudgeSheetOptions): SheetJudgement | null {
  switch (sheet.kind) {
    case 'training-matrix': {
      const matrix = judgeMatrix(sheet.grid, options);
      return matrix === null ? null : { kind: 'training-matrix', sheet: sheet.name, matrix, evidence: matrixEvidence(sheet.name, matrix) };
    }
    case 'activity-log': {
      const log = judgeLog(sheet.grid, sheet.name, sheet.activity ?? null, options);
      return log === null ? null : { kind: 'activity-log', sheet: sheet.name, log, evidence: log.evidence };
    }
    case 'document-register': {
      const register = judgeRegister(sheet.grid, options);
      return register === null ? null : { kind: 'document-register', sheet: sheet.name, register, evidence: registerEvidence(sheet.name, register) };
    }
  }
}

export interface SheetsPredictionOptions extends JudgeSheetOptions {
  readonly clips?: readonly ClipEvidence[];
}

/** The audit predicted from evidence sheets and clips alone, for a workbook with no checklist. */
export function predictFromSheets(evidence: readonly SheetEvidence[], options: SheetsPredictionOptions): Prediction {
  return predictAudit({
    items: [],
    clips: options.clips ?? [],
    readiness: scoreReadiness([], false),
    profile: options.profile ?? DEFAULT_PROFILE,
    today: options.today,
    sheetEvidence: evidence,
  });
}
