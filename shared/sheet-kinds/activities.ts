import type { LogActivity } from './kinds.ts';

/**
 * The words a log's name, headers and rows use for what it records. Each phrase is matched at a
 * word's start ("inspect" is in "Inspections", "Inspected by"); the longest phrase found in a text
 * decides it, so "vehicle inspection" is a pre-use check and "incident investigation" an incident.
 */
const ACTIVITY_WORDS: Readonly<Record<LogActivity, readonly string[]>> = {
  inspections: ['inspect', 'site inspection', 'shop inspection', 'yard inspection', 'walkthrough', 'walk through', 'deficienc', 'audit of site'],
  meetings: [
    'toolbox',
    'tool box',
    'tailgate',
    'tailboard',
    'safety meeting',
    'crew meeting',
    'staff meeting',
    'meeting',
    'huddle',
    'safety talk',
    'crew talk',
    'attendees',
    'attendance',
    'topic',
  ],
  drills: ['drill', 'fire drill', 'evacuation', 'muster', 'mock rescue', 'emergency exercise', 'tabletop'],
  'hazard-assessments': [
    'flha',
    'flra',
    'field level hazard',
    'field level risk',
    'hazard assessment',
    'site hazard',
    'jha',
    'jsa',
    'job hazard',
    'job safety analysis',
    'pre job',
    'pre-job',
    'hazards identified',
  ],
  incidents: [
    'incident',
    'near miss',
    'first aid',
    'near-miss',
    'nearmiss',
    'injury',
    'injur',
    'first aid given',
    'first aid only',
    'first aid treatment',
    'accident',
    'property damage',
    'spill',
    'close call',
    'investigat',
    'lost time',
    'body part',
  ],
  'pre-use-checks': [
    'pre use',
    'pre-use',
    'preuse',
    'pre trip',
    'pre-trip',
    'pretrip',
    'post trip',
    'circle check',
    'walkaround',
    'walk around',
    'daily check',
    'equipment check',
    'vehicle inspection',
    'truck inspection',
    'unit #',
    'odometer',
    'defects',
  ],
  // A log of training given, one row per course taken (a matrix is read apart, by its course headers).
  training: ['training', 'course', 'trained', 'certificat', 'ticket', 'instructor', 'orientation', 'provider'],
  maintenance: [
    'maintenance',
    'maint',
    'service',
    'serviced',
    'repair',
    'oil change',
    'work order',
    'mechanic',
    'hour meter',
    'hours meter',
    'parts',
    'tune up',
    'calibrat',
  ],
};

const PHRASES: readonly { phrase: string; activity: LogActivity }[] = (Object.entries(ACTIVITY_WORDS) as [LogActivity, readonly string[]][])
  .flatMap(([activity, words]) => words.map((phrase) => ({ phrase: phrase.replace(/-/g, ' '), activity })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The activity a text names (a sheet name, a header, a Type cell), by its longest phrase; null when none. */
export function activityOf(text: string): LogActivity | null {
  const padded = ` ${text.toLowerCase().replace(/[^a-z0-9#]+/g, ' ')}`;
  if (padded.trim() === '') return null;
  for (const { phrase, activity } of PHRASES) if (padded.includes(` ${phrase}`)) return activity;
  return null;
}
