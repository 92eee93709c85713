import { type Cell, type Grid, cellText } from '../cells.ts';
import { DateReader, type Day, type SlashOrder, decideSlashOrder, isoFromDay } from '../dates.ts';
import { matcher } from '../evaluate.ts';
import { type GapKind, type ItemReadiness, type JudgedItem, type WarningKind, judgeItems, refreshDays } from '../gaps.ts';
import { type TrackerItem, decideDateOrders, readItems } from '../items.ts';
import { type Layout, columnReadings } from '../layout/detect.ts';
import { headerScore } from '../layout/header-words.ts';
import { ROLES, type Role } from '../layout/roles.ts';
import { DEFAULT_PROFILE, type Profile } from '../profile.ts';
import type { MatchCandidate } from '../requirement-match.ts';
import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import type { ReferenceRequirement } from '../reference/types.ts';
import { headerText } from '../sheet-kinds/grid-reading.ts';
import { type RegisterLayout, findRegisterLayout } from '../sheet-kinds/register.ts';

/** One document of a register, judged as a tracker row is. */
export interface RegisterDocument {
  /** Sheet row, 1-based. */
  readonly row: number;
  /** Its number as the register writes it ("HS-004"); '' when it has none. */
  readonly docNumber: string;
  /** Its title as written (its number, when the register names no title). */
  readonly title: string;
  /** Its current revision as written ("5", "Rev C"); '' when blank. */
  readonly revision: string;
  /** The day it was last revised or reviewed (the later, where the register dates both); null when blank or unreadable. */
  readonly revised: Day | null;
  /** The register's own next review day, else the dated day plus its review frequency; null with neither. */
  readonly nextReview: Day | null;
  /** Days between reviews: its own frequency, else the requirement's (or the profile's) default. */
  readonly reviewEveryDays: number;
  /** The reference requirement its title matches, or null. */
  readonly requirement: string | null;
  /** When unmatched, the requirements its title comes closest to, best first (at most three). */
  readonly candidates: readonly MatchCandidate[];
  /** Marked retired, superseded or obsolete: listed, not judged (n/a). */
  readonly retired: boolean;
  /** The tracker's verdict on its row: ready, a gap, or n/a (retired, or its requirement switched off). */
  readonly readiness: ItemReadiness;
  /** What keeps it from ready, worst first: overdue review, stale, no date, nowhere said where kept. */
  readonly gaps: readonly GapKind[];
  /** What a reviewer may still ask about while it counts as ready: unmatched, no approver, a review coming soon. */
  readonly warnings: readonly WarningKind[];
  /** Why, in a sentence or more: the tracker's own words for each gap and warning, or when it was reviewed. */
  readonly reason: string;
}

export interface RegisterJudgement {
  /** Every document listed, top to bottom, retired ones too. */
  readonly documents: readonly RegisterDocument[];
  /** Documents ready and with a gap (retired and switched-off ones in neither), retired, and unmatched (retired ones aside). */
  readonly counts: Readonly<Record<'ready' | 'gap' | 'retired' | 'unmatched', number>>;
}

export interface JudgeRegisterOptions {
  /** The day the register is judged on. */
  readonly today: Day;
  /** How slashed dates read when a column cannot tell. */
  readonly slashOrder?: SlashOrder;
  /** Where the sheet's date cells are midnight: the spreadsheet's zone. */
  readonly timeZone?: string;
  /** Its disabled requirements and own intervals apply, as to the tracker's rows. */
  readonly profile?: Profile;
}

// A document taken out of use stays listed for the record, but is no longer controlled.
const RETIRED = /\b(retired|superseded|obsolete|withdrawn|archived|discontinued|cancell?ed|no longer (used|in use))\b/i;
const REVIEWED_HEADER = /\breview/;
// An approver's column names a person; a "Master copy" or "Distribution" one says where copies are.
const APPROVER_HEADER = /\b(approv|authori|sign)/;

// A blank form or template: the register controls the form, not the records made on it.
const FORM_TITLE = /\b(forms?|templates?|checklists?|log ?sheets?)\b/i;
const FORM_NUMBER = /(^|[-\s])F-?\d/i;
// An element's written process, which its forms are part of ("Written inspection policy/process ...").
const WRITTEN_PROCESS = /^written\b.*\b(process|procedures?|policy)\b/i;

/**
 * What a document matched to `requirement` evidences: a form matched to a record requirement (one
 * whose records are dated within a window, "completed inspection forms") evidences its element's
 * written process instead (E4-01 for an inspection form), or nothing when the element has none.
 */
export function documentRequirement(requirement: ReferenceRequirement, title: string, docNumber: string): ReferenceRequirement | null {
  if (requirement.evidenceWindowDays === null || !(FORM_TITLE.test(title) || FORM_NUMBER.test(docNumber))) return requirement;
  return REFERENCE_CHECKLIST.find((r) => r.element === requirement.element && WRITTEN_PROCESS.test(r.text)) ?? null;
}

/** A row marked as out of use, in any of its cells ("Superseded by HS-006", a status "Retired"). */
export function documentRetired(cells: readonly Cell[]): boolean {
  return cells.some((cell) => typeof cell === 'string' && RETIRED.test(cell));
}

/** The register's columns as the tracker's roles, and those the roles do not hold. */
interface RegisterRoles {
  readonly layout: Layout;
  /** The revision column, or null. */
  readonly revision: number | null;
  /** The document number column, or null. */
  readonly docNumber: number | null;
  /** A "Last reviewed" column beside the revision date's, read with it; null when there are not both. */
  readonly reviewed: number | null;
}

/**
 * The register as the tracker's layout: its title is the requirement text, its number the id, its
 * revision (else review) date the date, its next review the due date (a next occurrence, since a
 * review recurs), its review frequency the interval, the approver the owner, where it is kept the evidence.
 */
function registerRoles(grid: Grid, register: RegisterLayout): RegisterRoles {
  const header = grid[register.headerRow] ?? [];
  const { columns } = register;
  const title = columns.get('title') ?? null;
  const docNumber = columns.get('docNumber') ?? null;
  const revision = columns.get('revision') ?? null;
  const roles = Object.fromEntries(ROLES.map((role) => [role, null])) as Record<Role, number | null>;
  roles.requirement = title ?? docNumber;
  roles.id = title === null ? null : docNumber;
  roles.interval = register.interval < 0 ? null : register.interval;
  let revised: number | null = null;
  let reviewed: number | null = null;
  // The approver's column may be dated ("Date approved") or name a person ("Approved by"): read as the others are.
  const taken = new Set([title, docNumber, revision, roles.interval]);
  for (let c = 0; c < header.length; c++) {
    const h = headerText(header[c]);
    if (h === '' || taken.has(c)) continue;
    const date = headerScore('date', h);
    const due = headerScore('due', h);
    if (due >= 0.7 && due >= date) roles.due ??= c;
    else if (date >= 0.7 && REVIEWED_HEADER.test(h)) reviewed ??= c;
    else if (date >= 0.7) revised ??= c;
    else if (headerScore('evidence', h) >= 0.7) roles.evidence ??= c;
    else if (APPROVER_HEADER.test(h) || headerScore('owner', h) >= 0.7) roles.owner ??= c;
  }
  // "Master copy" or "Distribution" says where the document is, when no column says where it is kept.
  const approved = columns.get('approved') ?? null;
  if (roles.evidence === null && approved !== null && ![roles.owner, roles.due, revised, reviewed].includes(approved)) roles.evidence = approved;
  roles.date = revised ?? reviewed;
  const readings = columnReadings(roles, (c) => cellText(header[c]));
  const layout: Layout = {
    headerRow: register.headerRow,
    columns: roles,
    confidence: Object.fromEntries(ROLES.map((role) => [role, roles[role] === null ? 0 : 1])) as Record<Role, number>,
    points: null,
    headers: header.map((cell) => cellText(cell).replace(/\s+/g, ' ')),
    readings: { ...readings, dueKind: readings.dueKind === 'deadline' ? 'next' : readings.dueKind },
  };
  return { layout, revision, docNumber, reviewed: revised === null ? null : reviewed };
}

/**
 * Judges every document of a sheet read as a document register, as of `today`, by the tracker's
 * own reading and rules: its title matched to a requirement, its dates against its review
 * frequency or the requirement's. Null when the sheet no longer reads as a register.
 */
export function judgeRegister(grid: Grid, options: JudgeRegisterOptions): RegisterJudgement | null {
  const register = findRegisterLayout(grid);
  if (register === null) return null;
  const profile = options.profile ?? DEFAULT_PROFILE;
  const roles = registerRoles(grid, register);
  const { layout, reviewed } = roles;
  const fallback = options.slashOrder ?? 'month-first';
  const reviewReader =
    reviewed === null
      ? null
      : new DateReader(
          decideSlashOrder(
            grid.slice(layout.headerRow + 1).map((row) => row[reviewed]),
            fallback,
          ),
          options.timeZone,
        );
  const cellOf = (row: readonly Cell[], column: number | null) => (column === null ? '' : cellText(row[column], options.timeZone));
  const items = readItems(grid, layout, matcher(), decideDateOrders(grid, layout, fallback), undefined, options.timeZone).map((item): TrackerItem => {
    const row = grid[item.row] ?? [];
    const review = reviewReader?.read(row[reviewed!]) ?? null;
    const requirement = item.requirement === null ? null : documentRequirement(item.requirement, item.text, cellOf(row, roles.docNumber));
    return {
      ...item,
      requirement,
      element: requirement?.element ?? item.element,
      // The record requirement its words matched is offered, when its form is no process's.
      candidates: requirement === null && item.requirement !== null ? [{ id: item.requirement.id, score: item.matchScore }] : item.candidates,
      // A review without a new revision renews the document as much as a revision does.
      date: review !== null && (item.date === null || review > item.date) ? review : item.date,
      unreadableDate: review === null ? item.unreadableDate : null,
      // With nowhere said to keep it, the register's own row is the evidence the document exists.
      evidence: layout.columns.evidence === null ? item.text : item.evidence,
      notApplicable: item.notApplicable || documentRetired(row),
    };
  });
  const documents = judgeItems(items, options.today, profile).map((item) => documentOf(item, grid[item.row] ?? [], cellOf, roles, profile));
  const counts = { ready: 0, gap: 0, retired: 0, unmatched: 0 };
  for (const d of documents) {
    if (d.retired) counts.retired++;
    else if (d.readiness !== 'n/a') counts[d.readiness]++;
    if (!d.retired && d.requirement === null) counts.unmatched++;
  }
  return { documents, counts };
}

function documentOf(
  item: JudgedItem,
  row: readonly Cell[],
  cellOf: (row: readonly Cell[], column: number | null) => string,
  { revision, docNumber }: RegisterRoles,
  profile: Profile,
): RegisterDocument {
  const { verdict } = item;
  const retired = item.notApplicable && documentRetired(row);
  const reviewEveryDays = refreshDays(item, profile);
  const nextReview = item.due ?? (item.date === null ? null : item.date + reviewEveryDays);
  const said =
    verdict.readiness === 'ready' && item.date !== null
      ? [`Reviewed ${isoFromDay(item.date)}${nextReview === null ? '' : `, next review ${isoFromDay(nextReview)}`}.`]
      : [];
  const reason =
    verdict.readiness !== 'n/a'
      ? [...said, ...verdict.details].join(' ') || 'Listed, with no review date to judge.'
      : retired
        ? 'Retired: listed for the record, not judged.'
        : item.notApplicable
          ? 'Marked N/A: not judged.'
          : `${item.requirement!.id} is switched off for this team: not judged.`;
  return {
    row: item.row + 1,
    docNumber: cellOf(row, docNumber),
    title: item.text,
    revision: cellOf(row, revision),
    revised: item.date,
    nextReview,
    reviewEveryDays,
    requirement: item.requirement?.id ?? null,
    candidates: item.candidates,
    retired,
    readiness: verdict.readiness,
    gaps: verdict.gaps,
    warnings: verdict.warnings,
    reason,
  };
}
