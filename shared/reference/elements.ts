import type { ElementId } from './types.ts';

export interface ElementInfo {
  readonly id: ElementId;
  readonly name: string;
  /** E0 is the eligibility and submission gate: checked, never scored. */
  readonly scored: boolean;
  /** Words teams use for the element in their own trackers, lower case. */
  readonly aliases: readonly string[];
}

export const ELEMENTS: readonly ElementInfo[] = [
  {
    id: 'E0',
    name: 'Eligibility & submission',
    scored: false,
    aliases: ['eligibility', 'eligibility/admin', 'admin', 'submission', 'prerequisites', 'audit submission', 'wcb'],
  },
  {
    id: 'E1',
    name: 'Management commitment & policy',
    scored: true,
    aliases: [
      'management commitment',
      'management leadership',
      'leadership',
      'commitment',
      'health & safety policy',
      'health and safety policy',
      'safety policy',
      'policy',
      'h&s policy',
      'management',
    ],
  },
  {
    id: 'E2',
    name: 'Hazard identification & assessment',
    scored: true,
    aliases: [
      'hazard identification',
      'hazard assessment',
      'hazard identification & assessment',
      'hazard identification and assessment',
      'hazard assessments',
      'hazard id',
      'haz id',
      'haz id & assessment',
      'hazard id & assessment',
      'flha',
      'risk assessment',
      'hazard identification & control',
    ],
  },
  {
    id: 'E3',
    name: 'Hazard control',
    scored: true,
    aliases: ['hazard control', 'hazard controls', 'controls', 'control of hazards', 'ppe', 'preventive maintenance', 'safe work practices'],
  },
  { id: 'E4', name: 'Inspections', scored: true, aliases: ['inspections', 'inspection', 'workplace inspections', 'worksite inspections', 'site inspections'] },
  {
    id: 'E5',
    name: 'Orientation & training',
    scored: true,
    aliases: [
      'orientation & training',
      'orientation and training',
      'training',
      'orientation',
      'qualifications',
      'orientation, training & qualifications',
      'competency',
      'training & competency',
    ],
  },
  {
    id: 'E6',
    name: 'Emergency response',
    scored: true,
    aliases: ['emergency response', 'emergency preparedness', 'emergency response planning', 'emergency', 'erp', 'emergency plan'],
  },
  {
    id: 'E7',
    name: 'Incident investigation',
    scored: true,
    aliases: [
      'incident investigation',
      'incident investigations',
      'incidents',
      'incident reporting',
      'accident investigation',
      'incident reporting & investigation',
      'investigation',
    ],
  },
  {
    id: 'E8',
    name: 'Program administration',
    scored: true,
    aliases: [
      'program administration',
      'programme administration',
      'administration',
      'records & statistics',
      'records and statistics',
      'system administration',
      'program admin',
    ],
  },
  {
    id: 'E9',
    name: 'Alberta legislation',
    scored: true,
    aliases: [
      'alberta legislation',
      'legislation',
      'legal',
      'legislative requirements',
      'ohs legislation',
      'regulatory',
      'compliance',
      'hsr',
      'joint health & safety',
    ],
  },
];

export const ELEMENT_BY_ID: ReadonlyMap<ElementId, ElementInfo> = new Map(ELEMENTS.map((e) => [e.id, e]));
