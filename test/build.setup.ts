import { execFileSync } from 'node:child_process';

/**
 * Builds every part once before the tests (the CLI, the Apps Script bundle, the sidebar, the workbench page, the extension), so the
 * tests run what `npm install` / `npm run build` would produce from the code as it is now. shared/'s tests
 * are in projects without it.
 */
export default function setup(): void {
  // Both zones' projects name this setup; vitest runs it in one process, so the second finds it done.
  if (process.env.SECOR_BUILT === '1') return;
  process.env.SECOR_BUILT = '1';
  for (const mode of ['cli', 'apps-script', 'sidebar', 'workbench', 'extension']) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', mode, '--logLevel', 'error'], { stdio: 'inherit' });
  }
}
