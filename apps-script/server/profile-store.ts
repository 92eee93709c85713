import * as v from 'valibot';
import { DEFAULT_PROFILE, type Profile, REFERENCE_CHECKLIST } from '../../shared/index.ts';
import { storeItem } from './store.ts';
import { UserFacingRefusal } from './tracker.ts';

/**
 * The team's profile, kept in the store (not in code): items switched off, intervals changed,
 * the audit's due month and the certifying partner.
 */
export interface TeamProfile extends Profile {
  /** Month (1-12) printed on the certificate: the yearly submission is due then. */
  readonly auditMonth: number | null;
  /** Partner that issued the certificate (ACSA, ESC, ...), as the team writes it. */
  readonly certifyingPartner: string | null;
  /** Year of the certification audit, so the next submission is named (maintenance year 1, 2 or recertification); null until entered. */
  readonly certifiedYear: number | null;
}

const PROFILE = storeItem<Partial<TeamProfile>>('secor-ready.profile');

export const DEFAULT_TEAM_PROFILE: TeamProfile = { ...DEFAULT_PROFILE, auditMonth: null, certifyingPartner: null, certifiedYear: null };

const REQUIREMENT_ID = v.picklist(
  REFERENCE_CHECKLIST.map((r) => r.id),
  'is not a requirement of the checklist',
);
const WHOLE = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(`${what} must be a number`),
    v.integer(`${what} must be a whole number`),
    v.minValue(min, `${what} must be at least ${min}`),
    v.maxValue(max, `${what} must be at most ${max}`),
  );

const TEAM_PROFILE = v.strictObject({
  disabled: v.array(REQUIREMENT_ID),
  proposalsOn: v.optional(v.array(REQUIREMENT_ID), []),
  intervals: v.record(REQUIREMENT_ID, WHOLE(1, 3650, 'An interval in days')),
  expiringWithinDays: WHOLE(1, 120, 'The warning window in days'),
  auditMonth: v.nullable(WHOLE(1, 12, 'The audit month')),
  certifyingPartner: v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(80, 'The certifying partner must be 80 characters or fewer'))),
  // Optional: a settings form that does not show it (the sidebar's, so far) still saves.
  certifiedYear: v.optional(v.nullable(WHOLE(2000, 2100, 'The certification year'))),
});

export function loadProfile(): TeamProfile {
  return { ...DEFAULT_TEAM_PROFILE, ...PROFILE.load() };
}

/** Checks and keeps the team's profile; a profile that does not check changes nothing and says why. */
export function saveProfile(input: unknown): TeamProfile {
  const result = v.safeParse(TEAM_PROFILE, input);
  if (!result.success) {
    const issue = result.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join(' ') ?? '';
    throw new UserFacingRefusal(`The settings were not saved: ${where ? `${where}: ` : ''}${issue.message}.`);
  }
  // A form without the certification year keeps the one stored, rather than erasing it.
  const certifiedYear = result.output.certifiedYear === undefined ? loadProfile().certifiedYear : result.output.certifiedYear;
  const profile: TeamProfile = { ...result.output, certifyingPartner: result.output.certifyingPartner || null, certifiedYear };
  PROFILE.save(profile);
  return profile;
}
