/**
 * The tickets and courses a small Alberta employer's crew holds, by the words teams head a
 * training matrix's columns with. Each course is named once; its words are matched whole, inside
 * a longer header ("First Aid exp.", "H2S Alive (Energy Safety Canada)").
 */
const COURSE_WORDS: Readonly<Record<string, readonly string[]>> = {
  'First Aid': ['first aid', 'standard first aid', 'emergency first aid', 'sfa', 'efa', 'cpr', 'first aid cpr', 'aed'],
  WHMIS: ['whmis', 'whmis 2015', 'ghs'],
  'Fall Protection': ['fall protection', 'fall arrest', 'working at heights', 'work at heights', 'fall prot'],
  H2S: ['h2s', 'h2s alive', 'hydrogen sulfide', 'hydrogen sulphide'],
  'Ground Disturbance': ['ground disturbance', 'gd 201', 'gd201', 'gd level 2', 'ground dist'],
  TDG: ['tdg', 'transportation of dangerous goods', 'dangerous goods'],
  CSTS: ['csts', 'csts 2020', 'construction safety training system'],
  'Confined Space': ['confined space', 'confined spaces', 'confined space entry', 'csem'],
  OSSA: ['ossa', 'ossa fall', 'ossa regional orientation'],
  PST: ['pst', 'petroleum safety training'],
  'Fire Extinguisher': ['fire extinguisher', 'fire extinguishers', 'fire safety'],
  Forklift: ['forklift', 'fork lift', 'lift truck', 'telehandler', 'zoom boom'],
  'Aerial Work Platform': ['aerial work platform', 'awp', 'scissor lift', 'boom lift', 'mewp', 'aerial lift'],
  'Traffic Control': ['traffic control', 'traffic accommodation', 'flagger', 'flagging', 'flag person'],
  'Lockout / Tagout': ['lockout', 'lock out', 'loto', 'lockout tagout'],
  'Arc Flash': ['arc flash', 'csa z462', 'z462', 'electrical safety'],
  Asbestos: ['asbestos', 'asbestos awareness'],
  'Respirator Fit Test': ['fit test', 'respirator', 'respirator fit', 'mask fit'],
  'Defensive Driving': ['defensive driving', 'driver training', 'winter driving'],
  'Working Alone': ['working alone'],
  Scaffold: ['scaffold', 'scaffolding'],
  Rigging: ['rigging', 'rigger', 'hoisting', 'signal person', 'crane'],
  'Mobile Equipment': ['skid steer', 'bobcat', 'loader', 'excavator', 'mobile equipment', 'backhoe', 'mini ex'],
  Chainsaw: ['chainsaw', 'chain saw'],
  Orientation: ['orientation', 'company orientation', 'site orientation', 'new hire orientation'],
  'Bear Awareness': ['bear awareness', 'wildlife awareness'],
  'Hearing Test': ['hearing test', 'audiometric', 'audiogram'],
  'SECOR Auditor': ['phsm', 'secor auditor', 'auditor course', 'lse', 'leadership for safety excellence'],
  "Driver's Licence": ['drivers licence', 'drivers license', 'class 1', 'class 3', 'class 5', 'air brakes', 'air brake'],
  'Swing Stage': ['swing stage', 'suspended access'],
  'Hot Work': ['hot work', 'fire watch'],
  Trenching: ['trenching', 'excavation safety', 'trench safety'],
  Propane: ['propane', 'cylinder handling'],
  'Powered Tools': ['powder actuated', 'ramset', 'hilti'],
  'Spill Response': ['spill response', 'spill kit'],
  'Violence & Harassment': ['violence', 'harassment', 'violence & harassment', 'respectful workplace'],
};

const PHRASES: readonly { phrase: string; course: string }[] = Object.entries(COURSE_WORDS)
  .flatMap(([course, words]) => words.map((phrase) => ({ phrase, course })))
  // Longest first: "first aid cpr" is one course, not two.
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The course a (normalised) header names, or null: "h2s alive exp" is H2S, "standard first aid / cpr c" First Aid. */
export function courseOf(header: string): string | null {
  if (header === '') return null;
  const padded = ` ${header.replace(/['’]/g, '').replace(/[^a-z0-9&]+/g, ' ')} `;
  for (const { phrase, course } of PHRASES) if (padded.includes(` ${phrase} `)) return course;
  return null;
}
