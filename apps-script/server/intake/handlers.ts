import type { ClipAnswer, ClipRequest } from '../../../shared/clip-protocol.ts';
import { type Person } from './people.ts';
import { saveClip } from './save-clip.ts';
import { judgeTracker, requirementChoices } from './tracker-items.ts';

type Action = ClipRequest['action'];
type RequestOf<A extends Action> = Extract<ClipRequest, { action: A }>;
type AnswerOf<A extends Action> = Extract<ClipAnswer, { action: A }>;

/** One handler per action, typed by it: adding an action to the protocol without a handler fails the type check. */
export const HANDLERS: { readonly [A in Action]: (request: RequestOf<A>, person: Person) => AnswerOf<A> } = {
  ping: (_request, person) => ({ ok: true, action: 'ping', spreadsheet: SpreadsheetApp.getActiveSpreadsheet().getName(), person: person.name }),
  requirements: () => ({ ok: true, action: 'requirements', requirements: requirementChoices(judgeTracker().evaluation) }),
  clip: (request, person) => saveClip(request.clip, person),
};

export function handle<A extends Action>(request: RequestOf<A>, person: Person): AnswerOf<A> {
  return (HANDLERS[request.action] as (r: RequestOf<A>, p: Person) => AnswerOf<A>)(request, person);
}
