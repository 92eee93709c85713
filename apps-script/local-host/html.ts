/** HtmlService (files from the built dist/apps-script folder) and ContentService. */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, makeFake, type Fake, type FakeEnv } from './counter.ts';
import { ContentMimeType, enumKey } from './enums.ts';
import type { HtmlOutputInternal } from './ui.ts';

/** A dialog's size in pixels: "the initial width/height of the dialog in pixels" (https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)). */
function pixels(env: FakeEnv, value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) return fail(env, `Exception: Invalid argument: ${what}`);
  return value;
}

export function makeHtmlOutput(env: FakeEnv, content: string): Fake {
  const state: HtmlOutputInternal['state'] = { title: '', content, width: null, height: null };
  return makeFake(
    env,
    'HtmlService',
    'HtmlOutput',
    (self) => ({
      getContent: () => state.content,
      append: (html: string) => {
        state.content += String(html);
        return self;
      },
      setTitle: (title: string) => {
        state.title = String(title);
        return self;
      },
      setWidth: (width: unknown) => {
        state.width = pixels(env, width, 'width');
        return self;
      },
      setHeight: (height: unknown) => {
        state.height = pixels(env, height, 'height');
        return self;
      },
    }),
    { internal: { kind: 'html', state } satisfies HtmlOutputInternal },
  );
}

export function makeHtmlService(env: FakeEnv, htmlDir: string | undefined): Fake {
  return makeFake(env, 'HtmlService', 'HtmlService', () => ({
    // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
    createHtmlOutput: (html: unknown) => {
      if (typeof html !== 'string') return fail(env, 'HtmlService fake: createHtmlOutput takes the HTML as a string (a blob or template is not implemented)');
      return makeHtmlOutput(env, html);
    },
    createHtmlOutputFromFile: (name: string) => {
      if (!htmlDir) return fail(env, 'HtmlService fake: createHtmlOutputFromFile needs the host option htmlDir (the built dist/apps-script)');
      const file = join(htmlDir, String(name).endsWith('.html') ? String(name) : `${name}.html`);
      if (!existsSync(file)) return fail(env, `Exception: No HTML file named ${name} was found.`);
      return makeHtmlOutput(env, readFileSync(file, 'utf8'));
    },
  }));
}

export function makeContentService(env: FakeEnv): Fake {
  const SERVICE = 'ContentService';
  return makeFake(
    env,
    SERVICE,
    'ContentService',
    () => ({
      createTextOutput: (text: unknown = '') => {
        let content = String(text);
        let mimeType = ContentMimeType.TEXT;
        return makeFake(env, SERVICE, 'TextOutput', (self) => ({
          getContent: () => content,
          append: (t: string) => {
            content += String(t);
            return self;
          },
          getMimeType: () => mimeType,
          setMimeType: (m: unknown) => {
            const key = enumKey(ContentMimeType, m);
            if (!key) return fail(env, 'Exception: Invalid argument: mimeType');
            mimeType = ContentMimeType[key as keyof typeof ContentMimeType];
            return self;
          },
        }));
      },
    }),
    { constants: { MimeType: ContentMimeType } },
  );
}
