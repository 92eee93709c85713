import { DEFAULT_PROFILE, type Profile } from '../../shared/profile.ts';

/**
 * The team's profile, kept in the document (not in code): items switched off, intervals changed,
 * the audit's due month and the certifying partner.
 */
export interface TeamProfile extends Profile {
  /** Month (1-12) printed on the certificate: the yearly submission is due then. */
  readonly auditMonth: number | null;
  readonly certifyingPartner: string | null;
}

const KEY = 'secor-ready.profile';

export const DEFAULT_TEAM_PROFILE: TeamProfile = { ...DEFAULT_PROFILE, auditMonth: null, certifyingPartner: null };

export function loadProfile(): TeamProfile {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  return text ? { ...DEFAULT_TEAM_PROFILE, ...(JSON.parse(text) as Partial<TeamProfile>) } : DEFAULT_TEAM_PROFILE;
}
