import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Makes a Vite library build (IIFE, global `globalName`) loadable by Apps Script: Apps Script calls
 * only top-level function declarations (menu items, triggers, google.script.run), so one is
 * appended per export of the server entry, forwarding into the bundle; helpers stay private.
 * Also emits appsscript.json beside Code.js.
 */
export function appsScriptEntryPoints(globalName: string, manifestPath: string): Plugin {
  return {
    name: 'secor:apps-script-entry-points',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry);
      if (chunks.length !== 1 || chunks[0]!.type !== 'chunk') throw new Error('The Apps Script build must have exactly one entry chunk');
      const chunk = chunks[0]!;
      if (chunk.exports.length === 0) throw new Error('The server entry exports no entry points');
      const declarations = chunk.exports.map((name) => `function ${name}() {\n  return ${globalName}.${name}.apply(this, arguments);\n}`).join('\n');
      chunk.code = `${chunk.code}\n// Entry points Apps Script can call (menus, triggers, google.script.run).\n${declarations}\n`;
      this.emitFile({ type: 'asset', fileName: 'appsscript.json', source: readFileSync(manifestPath, 'utf8') });
    },
  };
}
