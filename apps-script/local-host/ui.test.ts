import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from './host.ts';
import { spreadsheetFromGrid } from './serialize.ts';

describe('Ui and HtmlService', () => {
  it('records menus, replacing a menu added again', () => {
    const host = createHost({ spreadsheet: spreadsheetFromGrid('T', 'S', [['x']]) });
    const ui = host.globals.SpreadsheetApp.getUi();
    for (let i = 0; i < 2; i++) {
      ui.createAddonMenu().addItem('Set up', 'menuSetup').addSeparator().addItem('Scan', 'menuScan').addToUi();
    }
    expect(host.ui.menus).toEqual([
      { name: null, items: [{ caption: 'Set up', functionName: 'menuSetup' }, { separator: true }, { caption: 'Scan', functionName: 'menuScan' }] },
    ]);
  });

  it('shows a sidebar built from a file of the html folder', () => {
    const htmlDir = mkdtempSync(join(tmpdir(), 'local-html-'));
    writeFileSync(join(htmlDir, 'sidebar.html'), '<div id="app"></div>');
    const host = createHost({ spreadsheet: spreadsheetFromGrid('T', 'S', [['x']]), htmlDir });
    const { HtmlService, SpreadsheetApp } = host.globals;
    const out = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('SECOR Ready');
    out.append('<script>1</script>');
    expect(out.getContent()).toBe('<div id="app"></div><script>1</script>');
    SpreadsheetApp.getUi().showSidebar(out);
    expect(host.ui.sidebar).toEqual({ title: 'SECOR Ready', content: '<div id="app"></div><script>1</script>', width: null, height: null });
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow('No HTML file named missing was found.');
    expect(() => SpreadsheetApp.getUi().showSidebar('<p>not an output</p>')).toThrow('Invalid argument');
  });

  it('shows a modal dialog from HTML text, titled by the title argument over setTitle, at the size asked', () => {
    const host = createHost({ spreadsheet: spreadsheetFromGrid('T', 'S', [['x']]) });
    const { HtmlService, SpreadsheetApp } = host.globals;
    const out = HtmlService.createHtmlOutput('<p>Briefing</p>').setTitle('ignored').setWidth(760).setHeight(640);
    SpreadsheetApp.getUi().showModalDialog(out, 'Team briefing');
    expect(host.ui.dialog).toEqual({ title: 'Team briefing', content: '<p>Briefing</p>', width: 760, height: 640 });
    expect(host.ui.sidebar).toBeNull();
    expect(() => out.setWidth(0)).toThrow('Invalid argument: width');
    expect(() => out.setHeight(12.5)).toThrow('Invalid argument: height');
    expect(() => SpreadsheetApp.getUi().showModalDialog(out)).toThrow('Invalid argument: title');
    expect(() => HtmlService.createHtmlOutput(42)).toThrow('takes the HTML as a string');
  });
});
