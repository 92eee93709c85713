/**
 * The add-on's sidebar HTML, as the workbench serves it: a shim that plays HtmlService's client API
 * (google.script.run, google.script.host) is put in before the app's own script, so the real
 * built sidebar talks to the real server bundle through POST /api/run.
 */

import type { SidebarView } from '../apps-script/server/sidebar.ts';

/**
 * Runs in the sidebar iframe before the app. Plain ES2019 in a string (sent as written, never
 * transformed), with no dependencies: google.script.run calls POST /api/run {name, args} and hand
 * the JSON result to the success handler, or an Error with the server's message to the failure
 * handler; after each call the parent page is told, so the grid redraws.
 */
const SHIM = `(function () {
  function tell(message) {
    message.source = 'secor-workbench-sidebar';
    if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
  }
  function post(name, args) {
    return fetch('/api/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: name, args: args })
    }).then(function (res) {
      return res.json().then(function (data) {
        if (res.ok) return data;
        var message = typeof data.error === 'string' ? data.error : (data.error && data.error.message) || res.status + ' ' + res.statusText;
        return { ok: false, error: { message: message } };
      });
    }, function (error) {
      return { ok: false, error: { message: 'The workbench did not answer (' + error.message + '). Is it still running?' } };
    });
  }
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (target, key) {
        if (typeof key !== 'string' || key === 'then') return undefined;
        if (key === 'withSuccessHandler') return function (handler) { return runner(handler, failure); };
        if (key === 'withFailureHandler') return function (handler) { return runner(success, handler); };
        if (key === 'withUserObject') return function () { return runner(success, failure); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          post(key, args).then(function (result) {
            tell({ event: 'ran', name: key, ok: !!result.ok });
            if (result.ok) { if (success) success(result.value); return; }
            var message = (result.error && result.error.message) || 'The server call failed.';
            if (failure) failure(new Error(message));
            else console.error('google.script.run.' + key + ' failed: ' + message);
          });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null),
    host: {
      close: function () { tell({ event: 'close' }); },
      setHeight: function () {},
      setWidth: function () {},
      editor: { focus: function () {} },
      origin: window.location.origin
    }
  };
})();`;

export const SHIM_SCRIPT = `<script data-workbench-shim>${SHIM}</script>`;

/**
 * The page to serve: the shim right after <head> (before any of the app's scripts), and, when
 * `view` is given, the add-on's SECOR_VIEW set to it, as showSidebar(view) would have written it.
 */
export function sidebarPage(content: string, view: SidebarView | null): string {
  let html = content;
  if (view !== null) {
    const marker = /window\.SECOR_VIEW\s*=\s*"[^"]*"/;
    const assignment = `window.SECOR_VIEW = ${JSON.stringify(view)}`;
    html = marker.test(html) ? html.replace(marker, assignment) : `${html}<script>${assignment};</script>`;
  }
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + SHIM_SCRIPT + html.slice(head.index + head[0].length);
  return SHIM_SCRIPT + html;
}
