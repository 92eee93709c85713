#!/usr/bin/env node
// Runs the built CLI (npm install builds it; `npm run build:cli` rebuilds it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('secor-ready: the CLI is not built yet: run `npm install` (or `npm run build:cli`) in the project folder.\n');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
