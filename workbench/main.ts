/**
 * `npm start`: the workbench. The real add-on bundle on the local host, over a tracker file (the
 * sample by default), served at http://127.0.0.1:4600/ with the sheet and the real sidebar.
 *
 *   node --import tsx workbench/main.ts [tracker.csv|tracker.xlsx] [--port N] [--no-open] [--fresh] [--today YYYY-MM-DD]
 */

import { spawn } from 'node:child_process';
import { resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TrackerFileError } from '../cli/read-tracker.ts';
import { DEFAULT_PORT, startWorkbench } from './server.ts';
import { ROOT, SAMPLE, WorkbenchError } from './session.ts';

const USAGE = `Usage: npm start -- [tracker.csv|tracker.xlsx] [options]

Opens the tracker (default: the sample workbook samples/northwind-safety.xlsx) in the SECOR Ready
workbench: every sheet of the file, the tracker's tab open, coloured as Sheets colours it,
and the add-on's sidebar beside it, running the built add-on locally.

Options:
  --port N             listen on port N (default ${DEFAULT_PORT}, or a free port when that one is taken)
  --no-open            do not open the browser
  --fresh              start over from the tracker file (forget the saved workbench)
  --today YYYY-MM-DD   judge as of this day (default: today; also env SECOR_TODAY)
  --help               this text

Every change is saved to .workbench/<tracker file name>.json and loaded on the next start.`;

export interface MainOptions {
  trackerPath: string;
  port: number;
  portGiven: boolean;
  open: boolean;
  fresh: boolean;
  today: string | null;
  help: boolean;
}

export class UsageError extends Error {}

export function parseMainArgs(argv: string[], env: Record<string, string | undefined> = process.env): MainOptions {
  const read = () =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        fresh: { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`Give one tracker file, not ${positionals.length}.`);
  let port = DEFAULT_PORT;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number from 1 to 65535, not "${values.port}".`);
  }
  const today = values.today ?? env.SECOR_TODAY ?? null;
  if (today !== null && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today (or SECOR_TODAY) must be a day written YYYY-MM-DD, not "${today}".`);
  return {
    trackerPath: positionals[0] ? resolve(positionals[0]) : SAMPLE,
    port,
    portGiven: values.port !== undefined,
    open: !values['no-open'],
    fresh: values.fresh,
    today: today || null,
    help: values.help,
  };
}

/** Opens the page in the default browser when this machine can; never fails the workbench. */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser here (a server, a container): the printed address is enough.
  }
}

export async function main(argv: string[]): Promise<number> {
  let options: MainOptions;
  try {
    options = parseMainArgs(argv);
  } catch (error) {
    process.stderr.write(`workbench: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const running = await startWorkbench({
      trackerPath: options.trackerPath,
      stateDir: resolve(ROOT, '.workbench'),
      fresh: options.fresh,
      today: options.today,
      port: options.port,
      fallbackToFreePort: !options.portGiven,
    });
    process.stdout.write(`SECOR Ready workbench: ${running.url}\n`);
    // The clipper pairs with the local web app: paste this in the extension's options.
    process.stdout.write(`Pairing code: ${running.session.pairingCode()}\n`);
    const saved = relative(process.cwd(), running.session.stateFile) || running.session.stateFile;
    process.stdout.write(
      `${running.session.resumed ? 'Continuing' : 'Opened'} ${relative(process.cwd(), options.trackerPath) || options.trackerPath}; every change is saved to ${saved}` +
        `${running.session.resumed ? ' (start over with --fresh)' : ''}. Stop with Ctrl+C.\n`,
    );
    if (options.open) openBrowser(running.url);
    const stop = () => {
      void running.close().finally(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(`workbench: port ${options.port} is taken: choose another with --port N (or leave --port out for a free one).\n`);
      return 2;
    }
    if (error instanceof WorkbenchError || error instanceof TrackerFileError) {
      process.stderr.write(`workbench: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
}
