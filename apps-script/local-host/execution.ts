/**
 * How the script was started decides what some calls give: Apps Script's reference pages say so
 * per method (each cited in README.md's table). Tests and `loadBundle` set the context.
 */

import { fail, type FakeEnv } from './counter.ts';

/** `time-trigger`: an installable time-driven trigger's run (`LocalHost.fireDueTriggers`). */
export type ExecutionContext = 'editor' | 'menu' | 'sidebar' | 'simple-trigger' | 'time-trigger' | 'web-app';

/** The host's current context, shared by all its fakes. */
export interface Execution {
  context: ExecutionContext;
  /** The host's clock, in milliseconds. */
  now(): number;
  /** When the running execution's time is up by `now`; null outside one (`runIn` sets it). */
  deadline: number | null;
}

/**
 * How long one execution may run: "Script runtime 6 min / execution"
 * (https://developers.google.com/apps-script/guides/services/quotas); a simple trigger "cannot run
 * for longer than 30 seconds" (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
export const TIME_LIMIT_MS: Readonly<Record<ExecutionContext, number>> = {
  editor: 360_000,
  menu: 360_000,
  sidebar: 360_000,
  'simple-trigger': 30_000,
  // An installable trigger is held to the script runtime quota like any execution (the quotas page
  // gives no other figure for it).
  'time-trigger': 360_000,
  'web-app': 360_000,
};

/** The bundle's functions Apps Script itself starts, and in which context; any other runs in the host's current one. */
export const ENTRY_CONTEXTS: Readonly<Record<string, ExecutionContext>> = {
  doGet: 'web-app',
  doPost: 'web-app',
  onOpen: 'simple-trigger',
  onEdit: 'simple-trigger',
  onInstall: 'simple-trigger',
};

/**
 * A web app runs outside "the context of a containing document", even when its script is bound.
 * So does a time-driven trigger, the stricter reading: the bound-script guide lists "triggers"
 * among where getActiveSpreadsheet() and getUi() work
 * (https://developers.google.com/apps-script/guides/bound), but a clock has no open document and no
 * user looking at one, and the time-driven event carries no `source`
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events): the
 * script must open its spreadsheet by id.
 */
export function inContainingDocument(env: FakeEnv): boolean {
  return env.execution.context !== 'web-app' && env.execution.context !== 'time-trigger';
}

/** A bound script's special methods "are not available" in a web app: the stricter reading is that they throw. */
export function boundOnly(env: FakeEnv, method: string): void {
  if (!inContainingDocument(env)) fail(env, `Exception: Cannot call ${method} from this context.`);
}

/** Simple triggers "cannot access services that require authorization", such as other files and Drive. */
export function needsAuthorization(env: FakeEnv, method: string, scope: string): void {
  if (env.execution.context === 'simple-trigger') {
    fail(env, `Exception: You do not have permission to call ${method}. Required permissions: ${scope}`);
  }
}
