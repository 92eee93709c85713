import type { ClipAnswer, ClipRequest } from '../../../shared/clip-protocol.ts';
import type { Person } from './people.ts';
import { saveClip } from './save-clip.ts';
import { judgeTracker, openTracker } from '../tracker-read.ts';
import { requirementChoices } from './tracker-items.ts';

type Action = ClipRequest['action'];
type RequestOf<A extends Action> = Extract<ClipRequest, { action: A }>;
type AnswerOf<A extends Action> = Extract<ClipAnswer, { action: A }>;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One handler per action, typed by it: adding an action to the protocol without a handler fails the type check. */
export const HANDLERS: { readonly [A in Action]: (request: RequestOf<A>, person: Person, spreadsheet: Spreadsheet) => AnswerOf<A> } = {
  ping: (_request, person, spreadsheet) => ({ ok: true, action: 'ping', spreadsheet: spreadsheet.getName(), person: person.name }),
  requirements: (_request, _person, spreadsheet) => ({
    ok: true,
    action: 'requirements',
    requirements: requirementChoices(judgeTracker(openTracker(spreadsheet)).evaluation),
  }),
  clip: (request, person, spreadsheet) => saveClip(request.clip, person, spreadsheet),
};

export function handle<A extends Action>(request: RequestOf<A>, person: Person, spreadsheet: Spreadsheet): AnswerOf<A> {
  return (HANDLERS[request.action] as (r: RequestOf<A>, p: Person, s: Spreadsheet) => AnswerOf<A>)(request, person, spreadsheet);
}
