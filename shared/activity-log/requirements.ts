import { REFERENCE_CHECKLIST } from '../reference/checklist.ts';
import type { ReferenceRequirement } from '../reference/types.ts';
import type { LogActivity } from '../sheet-kinds/kinds.ts';

/** The reference requirements one activity's log evidences, and the words its summaries use. */
export interface LogRequirements {
  /** The requirement the records themselves evidence, kept up per its interval ("E4-02"); null for an event-driven log. */
  readonly kept: string | null;
  /** The requirement its corrective actions evidence, tracked to closure ("E4-03"); null when the log's actions are not asked for. */
  readonly actions: string | null;
  /** One record in words, as in "no inspection in July 2026". */
  readonly record: string;
  /** Records in words, as in "2 drills in the 12 months to 2026-11-26". */
  readonly records: string;
}

/**
 * Which requirement each activity's log shows a reviewer, read from the reference checklist's own
 * wording (secor/reference-checklist.csv): E4-02 "worksite inspections completed to the company's
 * own schedule" and E4-03 "deficiencies found are assigned, dated and corrected"; E8-01 "safety
 * meetings/toolbox talks held"; E6-05 "drills ... held and recorded"; E2-05 "site-specific/
 * field-level hazard assessment" and E3-06 "control actions arising from hazard assessments are
 * tracked to completion"; E4-04 "pre-use inspections of equipment/vehicles recorded"; E3-05
 * "equipment maintenance is recorded"; E5-05 "training delivered in the last 12 months is
 * recorded". Incidents are event-driven (E7-02, E7-06, E7-07): they are judged apart, by
 * investigations, injuries and actions, not by an interval.
 */
export const LOG_REQUIREMENTS: Readonly<Record<LogActivity, LogRequirements>> = {
  inspections: { kept: 'E4-02', actions: 'E4-03', record: 'inspection', records: 'inspections' },
  meetings: { kept: 'E8-01', actions: null, record: 'safety meeting or toolbox talk', records: 'safety meetings or toolbox talks' },
  drills: { kept: 'E6-05', actions: null, record: 'drill', records: 'drills' },
  'hazard-assessments': { kept: 'E2-05', actions: 'E3-06', record: 'hazard assessment', records: 'hazard assessments' },
  incidents: { kept: null, actions: 'E7-07', record: 'incident', records: 'incidents' },
  'pre-use-checks': { kept: 'E4-04', actions: 'E4-03', record: 'pre-use check', records: 'pre-use checks' },
  maintenance: { kept: 'E3-05', actions: null, record: 'maintenance record', records: 'maintenance records' },
  training: { kept: 'E5-05', actions: null, record: 'training record', records: 'training records' },
};

/** The incidents log's own requirements: investigations, and the first aid / injury record. */
export const INCIDENT_REQUIREMENTS = { investigations: 'E7-02', injuries: 'E7-06' } as const;

const BY_ID = new Map(REFERENCE_CHECKLIST.map((r) => [r.id, r]));

/** A reference requirement by id; the table above names only ids the reference holds (its test keeps it so). */
export function referenceRequirement(id: string): ReferenceRequirement {
  return BY_ID.get(id)!;
}
