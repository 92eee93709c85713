/** Ui and Menu fakes: what the add-on shows is recorded in the host's UiRecord. */

import { fail, internalOf, makeFake, type Fake, type FakeEnv } from './counter.ts';
import type { DialogRecord, MenuRecord, UiRecord } from './context.ts';

export interface HtmlOutputInternal {
  kind: 'html';
  state: { title: string; content: string; width: number | null; height: number | null };
}

function dialogOf(env: FakeEnv, output: unknown): DialogRecord {
  const inner = internalOf<HtmlOutputInternal>(output);
  if (inner?.kind !== 'html') return fail(env, 'Exception: Invalid argument: userInterface');
  return { ...inner.state };
}

function makeMenu(env: FakeEnv, service: string, ui: UiRecord, menu: MenuRecord): Fake {
  return makeFake(env, service, 'Menu', (self) => ({
    addItem: (caption: string, functionName: string) => {
      menu.items.push({ caption: String(caption), functionName: String(functionName) });
      return self;
    },
    addSeparator: () => {
      menu.items.push({ separator: true });
      return self;
    },
    addToUi: () => {
      // Opening the file again replaces the menu of the same name rather than adding a second.
      ui.menus = ui.menus.filter((m) => m.name !== menu.name);
      ui.menus.push(menu);
    },
  }));
}

export function makeUi(env: FakeEnv, service: string, ui: UiRecord): Fake {
  return makeFake(env, service, 'Ui', () => ({
    createAddonMenu: () => makeMenu(env, service, ui, { name: null, items: [] }),
    showSidebar: (output: unknown) => {
      ui.sidebar = dialogOf(env, output);
    },
    // "The title of the dialog; overrides any title set by calling setTitle() on the userInterface
    // object"; the dialog does not suspend the script
    // (https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)).
    showModalDialog: (output: unknown, title: unknown) => {
      if (typeof title !== 'string') return fail(env, 'Exception: Invalid argument: title');
      ui.dialog = { ...dialogOf(env, output), title };
    },
  }));
}
