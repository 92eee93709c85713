/** What a column of the team's tracker holds. */
export const ROLES = ['id', 'element', 'requirement', 'evidence', 'owner', 'date', 'due', 'interval', 'status', 'notes'] as const;
export type Role = (typeof ROLES)[number];

/** Points columns of trackers scored the CP way (points available / points earned). */
export const POINTS_ROLES = ['pointsAvailable', 'pointsEarned'] as const;
export type PointsRole = (typeof POINTS_ROLES)[number];

export type AnyRole = Role | PointsRole;
export const ALL_ROLES: readonly AnyRole[] = [...ROLES, ...POINTS_ROLES];

/** How each role is named to a person (errors, the setup view). */
export const ROLE_LABEL: Record<AnyRole, string> = {
  id: 'ID',
  element: 'element',
  requirement: 'requirement',
  evidence: 'evidence',
  owner: 'owner',
  date: 'date (last reviewed / completed)',
  due: 'due date (next due / expiry)',
  interval: 'refresh interval (how often)',
  status: 'status',
  notes: 'notes',
  pointsAvailable: 'points available',
  pointsEarned: 'points earned',
};

/**
 * What the due column's dates mean, from its header: a plain `deadline` ("Due", "Target") is met
 * once the item is done; a `next` occurrence ("Next due", "Next inspection") and an `expiry`
 * ("Expiry", "Valid until") pass whatever the status says, until a newer record is dated.
 */
export const DUE_KINDS = ['deadline', 'next', 'expiry'] as const;
export type DueKind = (typeof DUE_KINDS)[number];
