/** HtmlService (files from the built dist/apps-script folder) and ContentService. */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { ContentMimeType, SandboxMode, XFrameOptionsMode, enumKey } from './enums.ts';
import type { HtmlOutputInternal } from './ui.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function makeHtmlOutput(env: FakeEnv, content: string): Fake {
  const state: HtmlOutputInternal['state'] = { title: '', content, width: null, height: null };
  return makeFake(env, 'HtmlService', 'HtmlOutput', (self) => ({
    getContent: () => state.content,
    setContent: (html: string) => { state.content = String(html); return self; },
    append: (html: string) => { state.content += String(html); return self; },
    appendUntrusted: (text: string) => { state.content += escapeHtml(String(text)); return self; },
    getTitle: () => state.title,
    setTitle: (title: string) => { state.title = String(title); return self; },
    getWidth: () => state.width,
    setWidth: (px: number) => { state.width = Number(px); return self; },
    getHeight: () => state.height,
    setHeight: (px: number) => { state.height = Number(px); return self; },
    setSandboxMode: (mode: unknown) => {
      if (!enumKey(SandboxMode, mode)) return fail(env, 'Exception: Invalid argument: mode');
      return self;
    },
    setXFrameOptionsMode: (mode: unknown) => {
      if (!enumKey(XFrameOptionsMode, mode)) return fail(env, 'Exception: Invalid argument: mode');
      return self;
    },
    addMetaTag: () => self,
  }), { internal: { kind: 'html', state } satisfies HtmlOutputInternal });
}

export function makeHtmlService(env: FakeEnv, htmlDir: string | undefined): Fake {
  return makeFake(env, 'HtmlService', 'HtmlService', () => ({
    createHtmlOutput: (html: unknown = '') => makeHtmlOutput(env, String(html)),
    createHtmlOutputFromFile: (name: string) => {
      if (!htmlDir) return fail(env, 'HtmlService fake: createHtmlOutputFromFile needs the host option htmlDir (the built dist/apps-script)');
      const file = join(htmlDir, String(name).endsWith('.html') ? String(name) : `${name}.html`);
      if (!existsSync(file)) return fail(env, `Exception: No HTML file named ${name} was found.`);
      return makeHtmlOutput(env, readFileSync(file, 'utf8'));
    },
  }), { constants: { SandboxMode, XFrameOptionsMode } });
}

export function makeContentService(env: FakeEnv): Fake {
  const SERVICE = 'ContentService';
  return makeFake(env, SERVICE, 'ContentService', () => ({
    createTextOutput: (text: unknown = '') => {
      let content = String(text);
      let mimeType = ContentMimeType.TEXT;
      let fileName: string | null = null;
      return makeFake(env, SERVICE, 'TextOutput', (self) => ({
        getContent: () => content,
        setContent: (t: string) => { content = String(t); return self; },
        append: (t: string) => { content += String(t); return self; },
        getMimeType: () => mimeType,
        setMimeType: (m: unknown) => {
          const key = enumKey(ContentMimeType, m);
          if (!key) return fail(env, 'Exception: Invalid argument: mimeType');
          mimeType = ContentMimeType[key as keyof typeof ContentMimeType];
          return self;
        },
        downloadAsFile: (name: string) => { fileName = String(name); return self; },
        getFileName: () => fileName,
      }));
    },
  }), { constants: { MimeType: ContentMimeType } });
}
