/** Ui and Menu fakes: what the add-on shows is recorded in the host's UiRecord. */

import { fail, internalOf, makeFake, type Fake, type FakeEnv } from './counter.ts';
import type { DialogRecord, MenuRecord, UiRecord } from './context.ts';
import { Button, ButtonSet } from './enums.ts';

export interface HtmlOutputInternal {
  kind: 'html';
  state: { title: string; content: string; width: number | null; height: number | null };
}

function dialogOf(env: FakeEnv, output: unknown): DialogRecord {
  const inner = internalOf<HtmlOutputInternal>(output);
  if (!inner || inner.kind !== 'html') return fail(env, 'Exception: Invalid argument: userInterface');
  return { ...inner.state };
}

function makeMenu(env: FakeEnv, service: string, ui: UiRecord, menu: MenuRecord, top: boolean): Fake {
  return makeFake(env, service, 'Menu', (self) => ({
    addItem: (caption: string, functionName: string) => {
      menu.items.push({ caption: String(caption), functionName: String(functionName) });
      return self;
    },
    addSeparator: () => { menu.items.push({ separator: true }); return self; },
    addSubMenu: (sub: unknown) => {
      const inner = internalOf<{ kind: 'menu'; menu: MenuRecord }>(sub);
      if (!inner || inner.kind !== 'menu') return fail(env, 'Exception: Invalid argument: menu');
      menu.items.push({ submenu: inner.menu });
      return self;
    },
    addToUi: () => {
      if (!top) return;
      // Opening the file again replaces the menu of the same name rather than adding a second.
      ui.menus = ui.menus.filter((m) => m.name !== menu.name);
      ui.menus.push(menu);
    },
  }), { internal: { kind: 'menu', menu } });
}

export function makeUi(env: FakeEnv, service: string, ui: UiRecord): Fake {
  return makeFake(env, service, 'Ui', () => ({
    createAddonMenu: () => makeMenu(env, service, ui, { name: null, items: [] }, true),
    createMenu: (name: string) => makeMenu(env, service, ui, { name: String(name), items: [] }, true),
    showSidebar: (output: unknown) => { ui.sidebar = dialogOf(env, output); },
    showModalDialog: (output: unknown, title: string) => { ui.dialogs.push({ ...dialogOf(env, output), title: String(title) }); },
    showModelessDialog: (output: unknown, title: string) => { ui.dialogs.push({ ...dialogOf(env, output), title: String(title) }); },
    alert: (...args: unknown[]) => {
      const [a, b] = args;
      if (args.length >= 2 && typeof b === 'string') ui.alerts.push({ title: String(a), message: b });
      else ui.alerts.push({ title: null, message: String(a) });
      return Button.OK;
    },
  }), { constants: { Button, ButtonSet } });
}
