import type { Provenance } from './provenance.ts';

/** The levels a SECOR interview samples: the owner (the manager), supervisors, workers. */
export type StaffRole = 'owner' | 'supervisor' | 'worker';

/** The levels, from the top. */
export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'supervisor', 'worker'];

/** Each level as a heading shows it. */
export const STAFF_ROLE_LABEL: Readonly<Record<StaffRole, string>> = { owner: 'Owner', supervisor: 'Supervisor', worker: 'Worker' };

/** One question staff are likely to be asked in an audit interview, and what a good answer shows. */
export type InterviewQuestion = {
  /** Stable key, the requirement's id and a letter per role: E1-03.w. Practice logs may name it. */
  readonly id: string;
  /** The reference requirement (method I or D+I) the answer counts toward. */
  readonly requirement: string;
  /** Who is asked it. */
  readonly role: StaffRole;
  /** In plain words, as an interviewer would put it. */
  readonly question: string;
  /** What the reviewer listens for: a positive answer shows this. */
  readonly goodAnswer: string;
  /** The record that backs the answer: a requirement id (its documents) or a document's name. */
  readonly backedBy: string;
} & Provenance;

/**
 * The levels each interview requirement asks. S15 interviews the manager, supervisors and workers
 * and lets a level the company lacks be N/A; the owner counts as the manager.
 */
export const INTERVIEWED_ROLES: Readonly<Record<string, readonly StaffRole[]>> = {
  'E1-03': ['owner', 'supervisor', 'worker'],
  'E1-05': ['owner', 'supervisor', 'worker'],
  'E1-06': ['owner', 'supervisor', 'worker'],
  'E1-07': ['owner', 'supervisor', 'worker'],
  'E2-04': ['owner', 'supervisor', 'worker'],
  'E4-05': ['owner', 'supervisor', 'worker'],
  'E5-03': ['owner', 'supervisor', 'worker'],
  // The requirement is about workers; a supervisor is asked the same of the crew's work.
  'E5-04': ['supervisor', 'worker'],
  'E6-02': ['owner', 'supervisor', 'worker'],
  'E7-08': ['owner', 'supervisor', 'worker'],
};

/** Every question, grouped by requirement in checklist order. */
export const INTERVIEW_QUESTIONS: readonly InterviewQuestion[] = [
  // E1-03: S15 1.2 asks whether employees know what the policy states and how they were made aware of it.
  {
    id: 'E1-03.w',
    requirement: 'E1-03',
    role: 'worker',
    source: 'S15',
    question: 'What does the company health and safety policy say, in your own words? How did you hear about it?',
    goodAnswer:
      "Names its main points (the owner's commitment, everyone's duty to work safely and follow the rules and the law) and how it reached them: at orientation, a meeting, the posted copy, a sign-off sheet.",
    backedBy: 'E1-01',
  },
  {
    id: 'E1-03.s',
    requirement: 'E1-03',
    role: 'supervisor',
    source: 'S15',
    question: 'How do you make sure your crew knows the health and safety policy?',
    goodAnswer: 'Goes over it at orientation and again when it changes, knows where it is posted, and can point to the sign-off sheet.',
    backedBy: 'E1-01',
  },
  {
    id: 'E1-03.o',
    requirement: 'E1-03',
    role: 'owner',
    source: 'S15',
    question: 'What does your policy commit the company to, and how did you share it with the team?',
    goodAnswer:
      'States the commitments in their own words, when the policy was last signed, and how everyone was told: orientation, posting, a meeting, sign-offs.',
    backedBy: 'E1-01',
  },

  // E1-05: S15 1.4 asks whether managers, supervisors and workers each know their own responsibilities.
  {
    id: 'E1-05.w',
    requirement: 'E1-05',
    role: 'worker',
    source: 'S15',
    question: 'What are your own health and safety responsibilities here?',
    goodAnswer:
      'Work as trained, wear the PPE required, report hazards, injuries and near misses, refuse dangerous work, take part in hazard assessments; and says where these are written.',
    backedBy: 'E1-04',
  },
  {
    id: 'E1-05.s',
    requirement: 'E1-05',
    role: 'supervisor',
    source: 'S15',
    question: 'What are your health and safety responsibilities as a supervisor?',
    goodAnswer:
      'Makes sure workers are trained and competent and know the hazards and controls of their work, enforces the rules and PPE, does inspections and hazard assessments, reports and investigates incidents.',
    backedBy: 'E1-04',
  },
  {
    id: 'E1-05.o',
    requirement: 'E1-05',
    role: 'owner',
    source: 'S15',
    question: 'What are your responsibilities for health and safety as the owner?',
    goodAnswer:
      'Provides a safe workplace and the means for it, signs the policy, sees that hazards are assessed and controlled, workers trained and supervised, incidents investigated and the law followed.',
    backedBy: 'E1-04',
  },

  // E1-06: the owner's involvement and yearly goals, as S30 lists what reviewers look for.
  {
    id: 'E1-06.o',
    requirement: 'E1-06',
    role: 'owner',
    source: 'S30',
    question: "How do you take part in safety from day to day, and what are this year's safety goals?",
    goodAnswer: "Gives recent examples with dates (site visits, toolbox talks attended, incidents reviewed) and names the year's goals and how they are going.",
    backedBy: 'E1-06',
  },
  {
    id: 'E1-06.s',
    requirement: 'E1-06',
    role: 'supervisor',
    source: 'S30',
    question: 'How is the owner involved in safety on your jobs?',
    goodAnswer: 'Recent, concrete examples: the owner visits sites, attends toolbox talks, reviews incidents and follows up on actions.',
    backedBy: 'E1-06',
  },
  {
    id: 'E1-06.w',
    requirement: 'E1-06',
    role: 'worker',
    status: 'proposal',
    note: "S30 names the owner's involvement; asking workers whether they see it is this project's wording.",
    question: 'When did you last see the owner take part in safety, such as a site visit or a toolbox talk?',
    goodAnswer: 'A recent example the worker saw, such as the owner at a toolbox talk or walking the site.',
    backedBy: 'E1-06',
  },

  // E1-07: the right to refuse dangerous work (S30's checklist); the answers paraphrase what the procedure should say.
  {
    id: 'E1-07.w',
    requirement: 'E1-07',
    role: 'worker',
    source: 'S30',
    question: 'What would you do if you were asked to do work you believe is dangerous?',
    goodAnswer: 'Refuse it and tell the supervisor or owner at once; the danger is checked and fixed before the work goes on; nobody is punished for refusing.',
    backedBy: 'E1-07',
  },
  {
    id: 'E1-07.s',
    requirement: 'E1-07',
    role: 'supervisor',
    status: 'proposal',
    note: "S30 asks that workers know the procedure; asking the supervisor how they handle a refusal is this project's wording.",
    question: 'A worker refuses a task as dangerous. What do you do?',
    goodAnswer:
      'Stops the task, looks at the danger with the worker, fixes it or explains the controls, records the refusal and follows the written procedure; no reprisal.',
    backedBy: 'E1-07',
  },
  {
    id: 'E1-07.o',
    requirement: 'E1-07',
    role: 'owner',
    status: 'proposal',
    note: "S30 asks that the procedure exists; asking the owner where workers learn it is this project's wording.",
    question: 'What is your procedure when a worker refuses dangerous work, and how do workers learn it?',
    goodAnswer:
      'Points to the written procedure and where it is taught (orientation, a toolbox talk), and says how a refusal is investigated, fixed and recorded.',
    backedBy: 'E1-07',
  },

  // E2-04: OHS Code Part 2 (S36) has the employer involve affected workers in the hazard assessment and tell them its result.
  {
    id: 'E2-04.w',
    requirement: 'E2-04',
    role: 'worker',
    source: 'S36',
    question: 'Did you take part in the hazard assessment for your job? What hazards and controls did it find?',
    goodAnswer: 'Says how they took part (walked through the task, signed the assessment) and names the main hazards and controls it found.',
    backedBy: 'E2-01',
  },
  {
    id: 'E2-04.s',
    requirement: 'E2-04',
    role: 'supervisor',
    source: 'S36',
    question: 'How are workers involved when a hazard assessment is done or revised, and how are they told what it found?',
    goodAnswer: 'The workers who do the task help assess it, sign it, and the hazards and controls are reviewed with the crew, including new workers.',
    backedBy: 'E2-04',
  },
  {
    id: 'E2-04.o',
    requirement: 'E2-04',
    role: 'owner',
    source: 'S36',
    question: 'Who took part in your formal hazard assessments, and how were the results shared?',
    goodAnswer: 'Names the workers who took part, when it was last revised, and how results were shared: a meeting, sign-off sheets, orientation.',
    backedBy: 'E2-04',
  },

  // E4-05: the HSR takes part in inspections (S48).
  {
    id: 'E4-05.o',
    requirement: 'E4-05',
    role: 'owner',
    source: 'S48',
    question: 'Who is your health and safety representative, and how do they take part in inspections?',
    goodAnswer: "Names the HSR and shows that inspection forms carry the HSR's name or signature; says how the HSR's findings are followed up.",
    backedBy: 'E4-05',
  },
  {
    id: 'E4-05.s',
    requirement: 'E4-05',
    role: 'supervisor',
    source: 'S48',
    question: 'When you do a site inspection, how is the health and safety representative involved?',
    goodAnswer: 'The HSR walks the inspection or reviews its form, and the deficiencies they raise are assigned and corrected.',
    backedBy: 'E4-05',
  },
  {
    id: 'E4-05.w',
    requirement: 'E4-05',
    role: 'worker',
    source: 'S48',
    question: 'Who is the health and safety representative here, and do they join inspections?',
    goodAnswer: 'Knows the HSR by name, where the name is posted, and that the HSR takes part in inspections.',
    backedBy: 'E9-02',
  },

  // E5-03: work is done by competent workers or under a competent worker's direct supervision (S43).
  {
    id: 'E5-03.w',
    requirement: 'E5-03',
    role: 'worker',
    source: 'S43',
    question: 'How were you trained for the tasks you do, and who checks your work while you are still learning?',
    goodAnswer: 'Names their training and tickets, who signed them off as competent, and who supervises them directly on tasks they are still learning.',
    backedBy: 'E5-02',
  },
  {
    id: 'E5-03.s',
    requirement: 'E5-03',
    role: 'supervisor',
    source: 'S43',
    question: 'How do you know a worker is competent before they work on a task without direct supervision?',
    goodAnswer: 'Training and experience checked, the worker watched doing the task and signed off; until then paired with a competent worker.',
    backedBy: 'E5-03',
  },
  {
    id: 'E5-03.o',
    requirement: 'E5-03',
    role: 'owner',
    source: 'S43',
    question: 'How do you make sure your supervisors and workers are competent for their work?',
    goodAnswer: 'Training required per job (the training matrix), competency sign-offs, and supervisors chosen for their experience and trained for the role.',
    backedBy: 'E5-02',
  },

  // E5-04: S15 interviews workers on the hazards of their own work.
  {
    id: 'E5-04.w',
    requirement: 'E5-04',
    role: 'worker',
    source: 'S15',
    question: 'What are the main hazards of the job you are doing today, and how are they controlled?',
    goodAnswer:
      "Names the hazards from the hazard assessment or the day's field-level assessment and the controls in place (guards, procedures, PPE), and why they matter.",
    backedBy: 'E2-01',
  },
  {
    id: 'E5-04.s',
    requirement: 'E5-04',
    role: 'supervisor',
    status: 'proposal',
    note: "S15 asks workers; asking the supervisor the same of the crew's work is this project's wording.",
    question: 'What are the main hazards of the work your crew does, and what controls are in place for them?',
    goodAnswer: 'Names the top hazards of each task the crew does and the controls from the hazard assessments, and how they check the controls are used.',
    backedBy: 'E2-01',
  },

  // E6-02: OHS Code Part 7 (S37) has the employer involve affected workers in preparing the ERP.
  {
    id: 'E6-02.w',
    requirement: 'E6-02',
    role: 'worker',
    source: 'S37',
    question: 'Did you help prepare or review the emergency response plan? What does it tell you to do here?',
    goodAnswer: 'Says how they took part (a meeting, a review, a drill debrief) and knows the alarm, the muster point, the first aid kit and who to call.',
    backedBy: 'E6-01',
  },
  {
    id: 'E6-02.s',
    requirement: 'E6-02',
    role: 'supervisor',
    source: 'S37',
    question: 'How were workers involved in preparing the emergency response plan, and how do new workers learn it?',
    goodAnswer: 'Workers reviewed the plan for their sites and signed it; new workers go over it at orientation and take part in drills.',
    backedBy: 'E6-02',
  },
  {
    id: 'E6-02.o',
    requirement: 'E6-02',
    role: 'owner',
    source: 'S37',
    question: 'Who helped prepare the emergency response plan, and when did you last review it with the team?',
    goodAnswer: 'Names the workers involved and the date of the last review, and points to the sign-off or the minutes.',
    backedBy: 'E6-02',
  },

  // E7-08: workers know how and when to report (S10).
  {
    id: 'E7-08.w',
    requirement: 'E7-08',
    role: 'worker',
    source: 'S10',
    question: 'What would you do if you had a near miss or got hurt, even slightly?',
    goodAnswer: 'Reports it right away to the supervisor or owner, minor injuries and near misses too, and knows the form or log it goes on.',
    backedBy: 'E7-01',
  },
  {
    id: 'E7-08.s',
    requirement: 'E7-08',
    role: 'supervisor',
    source: 'S10',
    question: 'When a worker reports an incident or a near miss, what happens next?',
    goodAnswer: 'First aid and making the scene safe, the report written, an investigation of causes, corrective actions tracked to closure.',
    backedBy: 'E7-01',
  },
  {
    id: 'E7-08.o',
    requirement: 'E7-08',
    role: 'owner',
    source: 'S41a',
    question: 'How do you make sure incidents and near misses are reported, and which ones must go to Alberta OHS?',
    goodAnswer: 'Reporting is expected and never blamed; serious injuries and incidents are phoned to Alberta OHS as soon as possible and the scene preserved.',
    backedBy: 'E7-03',
  },
];

/** A question's id, or null: a practice log may name a question rather than its requirement. */
export function interviewQuestion(id: string): InterviewQuestion | null {
  return INTERVIEW_QUESTIONS.find((q) => q.id === id) ?? null;
}

/**
 * The questions one person is likely to be asked, in checklist order, their own level's first
 * under each requirement. With no supervisor in the company, the owner is asked the supervisor's
 * questions too (S15 makes a missing level N/A).
 */
export function questionsFor(role: StaffRole, { hasSupervisor = true }: { hasSupervisor?: boolean } = {}): InterviewQuestion[] {
  const also: StaffRole | null = role === 'owner' && !hasSupervisor ? 'supervisor' : null;
  return Object.keys(INTERVIEWED_ROLES).flatMap((requirement) => {
    const of = INTERVIEW_QUESTIONS.filter((q) => q.requirement === requirement);
    return [...of.filter((q) => q.role === role), ...of.filter((q) => q.role === also)];
  });
}
