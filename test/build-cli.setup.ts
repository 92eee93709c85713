import { execFileSync } from 'node:child_process';

/** Builds the CLI once before the tests, so the bin tests run what `npm install` would build now. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--mode', 'cli', '--logLevel', 'error'], { stdio: 'inherit' });
}
