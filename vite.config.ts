import { basename, dirname } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { crx } from '@crxjs/vite-plugin';
import { appsScriptEntryPoints } from './scripts/apps-script-bundle.ts';
import manifest from './extension/manifest.config.ts';

// One config, one build per product part, chosen with --mode.
// cli: the Node command-line scanner (bin/secor-ready.js loads dist/cli/main.js).
// apps-script: the add-on's server bundle (dist/apps-script/Code.js and appsscript.json).
// sidebar: the add-on's sidebar, one self-contained HTML file (dist/apps-script/Sidebar.html)
//   for HtmlService.createHtmlOutputFromFile('Sidebar').
// workbench: the workbench's page (npm start), one self-contained HTML file (dist/workbench/page.html).
// extension: the Chrome MV3 clipper (dist/extension, load it unpacked). The root stays the project
//   root (crxjs never writes manifest.json with root: 'extension'), so pages keep source-relative
//   paths: dist/extension/extension/popup/index.html.
// shared/ is pure (test/invariants.test.ts): importing one of its modules does nothing, so what the
// engine's one door (shared/index.ts) re-exports and a part does not use stays out of its bundle.
const treeshake = { moduleSideEffects: (id: string) => !id.includes('/shared/') };

export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    return {
      build: {
        ssr: 'cli/main.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
      },
      // The libraries go into the bundle: resolving and loading their hundreds of files (date-fns
      // alone has some 250) took longer at start than a whole scan of a real tracker.
      // pdfkit stays outside: it reads its font metrics from files beside its own module at run time.
      ssr: { noExternal: true, external: ['pdfkit'] },
    };
  }
  if (mode === 'apps-script') {
    return {
      plugins: [appsScriptEntryPoints('SecorReady', 'apps-script/appsscript.json')],
      build: {
        outDir: 'dist/apps-script',
        emptyOutDir: false,
        // Readable stack traces in the Apps Script editor; V8 there runs ES2019 and later.
        target: 'es2019',
        minify: false,
        lib: { entry: 'apps-script/server/index.ts', name: 'SecorReady', formats: ['iife'], fileName: () => 'Code.js' },
      },
    };
  }
  // Other builds (the server bundle, appsscript.json) share dist/apps-script.
  if (mode === 'sidebar') return onePage('apps-script/sidebar/index.html', 'dist/apps-script/Sidebar.html', { target: 'es2020', emptyOutDir: false });
  if (mode === 'workbench') return onePage('workbench/page/index.html', 'dist/workbench/page.html', { target: 'es2022', emptyOutDir: true });
  if (mode === 'extension') {
    return {
      plugins: [preact(), crx({ manifest })],
      build: {
        outDir: 'dist/extension',
        emptyOutDir: true,
        target: 'es2022',
        // No source maps or eval in a store package; names stay readable in chrome://extensions errors.
        sourcemap: false,
        // The service worker carries pdf.js (about 1.9 MB, to read a PDF's record date): it may not
        // load code later (no import() in a service worker), so it is one chunk by design.
        chunkSizeWarningLimit: 2048,
        rollupOptions: { treeshake },
      },
    };
  }
  throw new Error(`Unknown build mode "${mode}": use --mode cli, apps-script, sidebar, workbench or extension`);
});

/** A preact page built into one self-contained HTML file (scripts and styles inlined), written as `output`. */
function onePage(input: string, output: string, options: { target: string; emptyOutDir: boolean }) {
  return {
    base: './',
    plugins: [preact(), viteSingleFile({ removeViteModuleLoader: true }), renameHtml(basename(output))],
    build: { outDir: dirname(output), emptyOutDir: options.emptyOutDir, target: options.target, rollupOptions: { input, treeshake } },
  };
}

/** Writes the build's one HTML page as `fileName` instead of its source path (apps-script/sidebar/index.html). */
function renameHtml(fileName: string): Plugin {
  return {
    name: 'secor:rename-html',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const pages = Object.values(bundle).filter((file) => file.fileName.endsWith('.html'));
      if (pages.length !== 1) throw new Error(`Expected one HTML page in the build of ${fileName}, got ${pages.length}`);
      const page = pages[0]!;
      if (page.type !== 'asset') throw new Error(`The page ${fileName} is not an asset`);
      delete bundle[page.fileName];
      this.emitFile({ type: 'asset', fileName, source: page.source });
    },
  };
}
