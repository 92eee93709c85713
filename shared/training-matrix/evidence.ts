import type { Day } from '../dates.ts';
import type { SheetEvidence } from '../sheet-evidence.ts';
import type { MatrixCell, MatrixJudgement } from './judge.ts';
import { plural } from '../words.ts';

/**
 * Schedule 2 of the Alberta OHS Code (Tables 3 to 7, for low, medium and high hazard work, close,
 * distant or isolated sites) asks for at least one first aider on every shift of 2 or more
 * workers; larger crews and high-hazard work need more, and which table applies depends on the
 * work and the distance to a hospital, which a matrix does not say. So one current first aider
 * for a crew of 2 or more is the floor judged here; the summary says to check the table.
 */
const FIRST_AID_SOURCE = 'OHS Code Schedule 2 asks for at least 1 per shift of 2 or more workers';

const holds = (cell: MatrixCell) => cell.verdict === 'current' || cell.verdict === 'expiring';
const lacks = (cell: MatrixCell) => cell.verdict === 'expired' || cell.verdict === 'missing';

/** Rows of the cells with a gap first, then the rest, each once. */
function rowsOf(cells: readonly MatrixCell[]): number[] {
  return [...new Set([...cells.filter(lacks), ...cells].map((c) => c.row))];
}

/** The newest day a course was taken, as the record's date; null when the matrix gives expiries only (a card's end is no record date). */
function latestOf(cells: readonly MatrixCell[]): Day | null {
  let latest: Day | null = null;
  for (const cell of cells) if (cell.taken !== null && (latest === null || cell.taken > latest)) latest = cell.taken;
  return latest;
}

/**
 * What a training matrix shows a reviewer: E5-02 (records of who holds what, with expiry; a gap
 * while a ticket the job needs is expired or missing), E6-06 (first aiders for the crew, when a
 * column is First Aid) and E5-01 (orientation, when a column is one: a gap while a worker has none).
 */
export function matrixEvidence(sheet: string, judgement: MatrixJudgement): SheetEvidence[] {
  const { cells, counts } = judgement;
  if (cells.length === 0) return [];
  const evidence: SheetEvidence[] = [];
  const of = (requirement: string, these: readonly MatrixCell[], finding: 'ready' | 'gap', summary: string): SheetEvidence => ({
    requirement,
    sheet,
    kind: 'training-matrix',
    finding,
    summary,
    rows: rowsOf(these),
    latest: latestOf(these),
  });

  const judged = cells.filter((c) => c.verdict !== 'n/a');
  const short = counts.expired + counts.missing;
  const tickets = `${plural(judged.length, 'ticket')} of ${plural(judgement.workers.length, 'worker')}`;
  const shortfall = [counts.expired > 0 ? `${counts.expired} expired` : '', counts.missing > 0 ? `${counts.missing} missing` : ''].filter(Boolean).join(', ');
  const expiring = counts.expiring > 0 ? `, ${counts.expiring} expiring` : '';
  evidence.push(of('E5-02', cells, short > 0 ? 'gap' : 'ready', short > 0 ? `${tickets}: ${shortfall}${expiring}` : `${tickets}, all current${expiring}`));

  const firstAid = cells.filter((c) => c.canonical === 'First Aid');
  if (firstAid.length > 0) {
    const crew = judgement.workers.length;
    const aiders = firstAid.filter(holds).length;
    const enough = crew < 2 || aiders >= 1;
    evidence.push(
      of(
        'E6-06',
        firstAid,
        enough ? 'ready' : 'gap',
        `${aiders} of ${plural(crew, 'worker')} hold a current First Aid ticket (${FIRST_AID_SOURCE}; check the table for your work and distance)`,
      ),
    );
  }

  const orientation = cells.filter((c) => c.canonical === 'Orientation');
  if (orientation.length > 0) {
    const oriented = orientation.filter((c) => c.verdict !== 'missing' && c.verdict !== 'expired').length;
    const without = orientation.filter((c) => c.verdict === 'missing').map((c) => c.worker);
    evidence.push(
      of(
        'E5-01',
        orientation,
        without.length > 0 ? 'gap' : 'ready',
        without.length > 0
          ? `${oriented} of ${orientation.length} workers oriented; none recorded for ${without.join(', ')}`
          : `all ${orientation.length} workers oriented`,
      ),
    );
  }
  return evidence;
}
