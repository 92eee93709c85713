import type { SidebarApi } from '../server/sidebar-api.ts';
import type { SidebarView } from '../server/sidebar.ts';

/** The server functions, as google.script.run exposes them: each takes the same arguments, returns nothing. */
type ServerCalls = { [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => void };

/** The part of HtmlService's client API the sidebar uses (@types/google-apps-script does not type it). */
export interface ScriptRun extends ServerCalls {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
    /** Set by the server in a script appended to the page: which view to open on. */
    SECOR_VIEW?: SidebarView;
  }
}

/** Calls a server function through google.script.run; rejects with the server's message on failure. */
export function call<K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new Error('This panel only works inside Google Sheets: open it from the SECOR Ready menu.'));
      return;
    }
    const runner = run.withSuccessHandler((value) => resolve(value as ReturnType<SidebarApi[K]>)).withFailureHandler((error) => reject(toError(error)));
    // The mapped type keeps each name tied to its own parameters; TypeScript cannot follow a generic key.
    (runner[name] as (...a: Parameters<SidebarApi[K]>) => void)(...args);
  });
}

/** The failure handler gets an Error from Apps Script, but be safe with anything else. */
export function toError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
    return new Error(error.message);
  }
  return new Error(typeof error === 'string' && error ? error : 'The server did not answer. Check your connection and try again.');
}

/** A message to show for a rejected call. */
export function messageOf(error: unknown): string {
  return toError(error).message || 'Something went wrong. Try again.';
}
