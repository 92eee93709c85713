#!/usr/bin/env node
// Runs the built CLI (npm install builds it; `npm run build:cli` rebuilds it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('secor-ready: the CLI is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.\n');
  process.exit(2);
}
try {
  const { main } = await import(built);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() reports its own errors; this catches a build that fails to load. One line, as main() would.
  process.stderr.write(
    `secor-ready: the CLI failed to start (${error instanceof Error ? error.message.split('\n')[0] : error}): run \`npm run build:cli\` and try again.\n`,
  );
  if (process.argv.includes('--debug')) process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 2;
}
