/**
 * How long a course's ticket is usually valid, for a matrix that gives only the day it was taken.
 * Keyed by the course names of ../sheet-kinds/courses.ts. Each entry names its source; an entry
 * marked `proposal` is this project's reading, to be confirmed by the coordinator (the note says why).
 * A course not listed has no validity known: a completion date alone is judged current.
 */
export interface CourseValidity {
  readonly years: number;
  readonly source: string;
  readonly status: 'sourced' | 'proposal';
  readonly note?: string;
}

export const COURSE_VALIDITY: Readonly<Record<string, CourseValidity>> = {
  'First Aid': {
    years: 3,
    source:
      'Canadian Red Cross and St John Ambulance Canada: Standard / Emergency First Aid & CPR certificates are valid 3 years (Alberta OHS Code Part 11 requires approved first aid training)',
    status: 'sourced',
  },
  WHMIS: {
    years: 1,
    source: 'Alberta OHS Code Part 29 (WHMIS): the employer reviews the worker education program at least annually',
    status: 'proposal',
    note: 'the Code asks for an annual review of the training, not a card that expires; many employers retrain yearly',
  },
  H2S: {
    years: 3,
    source: 'Energy Safety Canada: H2S Alive certificate valid 3 years',
    status: 'sourced',
  },
  'Ground Disturbance': {
    years: 3,
    source: 'Energy Safety Canada / Alberta Ground Disturbance 201 standard: certificate valid 3 years',
    status: 'sourced',
  },
  TDG: {
    years: 3,
    source: 'Transportation of Dangerous Goods Regulations (Canada), Part 6: a training certificate expires 36 months after it is issued',
    status: 'sourced',
  },
  'Fall Protection': {
    years: 3,
    source: 'CSA Z259.17 (fall protection programs): retraining at least every 3 years',
    status: 'proposal',
    note: 'Alberta OHS Code Part 9 requires training but sets no term; 3 years is the common card validity',
  },
  'Confined Space': {
    years: 3,
    source: 'Energy Safety Canada Confined Space Entry & Monitoring: certificate valid 3 years',
    status: 'proposal',
    note: 'Alberta OHS Code Part 5 requires training but sets no term',
  },
};

/** A course's usual validity, or null when none is known. */
export function validityOf(course: string | null): CourseValidity | null {
  return course === null ? null : (COURSE_VALIDITY[course] ?? null);
}
