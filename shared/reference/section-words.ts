import type { ElementId } from './types.ts';

/**
 * Words a section heading uses for what the section holds rather than for the element itself
 * ("TICKETS / CERTS", "Working Alone"), each with the elements it can point to. A word that
 * points to several ("ADMIN": the submission or program administration) leaves a heading that
 * has only it ambiguous. These give a heading its element; they do not make a row a heading
 * (an item may well read "Working alone"). Lower case, separators as spaces, "and" as "&".
 */
export const SECTION_WORDS: ReadonlyMap<string, readonly ElementId[]> = new Map<string, readonly ElementId[]>([
  ['secor', ['E0']],
  ['admin', ['E0', 'E8']],
  ['wcb', ['E0', 'E8']],
  ['compliance', ['E0', 'E9']],
  ['responsibilities', ['E1']],
  ['roles & responsibilities', ['E1']],
  ['communication', ['E1', 'E8']],
  ['hazards', ['E2', 'E3']],
  ['flhas', ['E2']],
  ['swp', ['E3']],
  ['swps', ['E3']],
  ['equipment', ['E3', 'E4']],
  ['vehicles', ['E3', 'E4']],
  ['pre use', ['E4']],
  ['pre trip', ['E4']],
  ['tickets', ['E5']],
  ['certs', ['E5']],
  ['certificates', ['E5']],
  ['certifications', ['E5']],
  ['drills', ['E6']],
  ['first aid', ['E6', 'E7']],
  ['incident', ['E7']],
  ['injury', ['E7']],
  ['injuries', ['E7']],
  ['near misses', ['E7']],
  ['accidents', ['E7']],
  ['meetings', ['E8']],
  ['safety meetings', ['E8']],
  ['toolbox talks', ['E8']],
  ['contractors', ['E8']],
  ['subcontractors', ['E8']],
  ['subs', ['E8']],
  ['statistics', ['E8']],
  ['jhsc', ['E9']],
  ['violence & harassment', ['E9']],
  ['harassment', ['E9']],
  ['working alone', ['E9']],
]);
