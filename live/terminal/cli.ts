/**
 * The command line of `npm run host` (scripts/host.mjs builds this file and runs it):
 *   --address <IP>   where the session listens: 0.0.0.0 (every network, the default when this
 *                    computer has one), one of its addresses, or 127.0.0.1 (this computer only)
 *   --port <n>       the session's port (default 5300, as the desktop app; 0 = any free one)
 *   --app-port <n>   the facilitator's page on 127.0.0.1 (default 5173, as `npm start`'s web app)
 * Ctrl+C ends the session and closes both servers.
 */
import { lanAddresses } from '../server/host';
import { startTerminalHost, type TerminalHostOptions } from './host';

export interface HostArgs {
  readonly address: string;
  readonly port: number;
  readonly appPort: number;
}

/** Reads the flags; throws a sentence for the user. */
export function parseHostArgs(argv: readonly string[], lan: readonly string[] = lanAddresses()): HostArgs {
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    const a = argv[i]!;
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value.`);
    return v;
  };
  const known = new Set(['--address', '--port', '--app-port', '--host']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const name = a.split('=')[0]!;
    if (!known.has(name)) throw new Error(`Unknown option ${name}. Options: --address <IP>, --port <n>, --app-port <n>.`);
    if (name !== '--host' && !a.includes('=')) i++;
  }
  const port = (name: string, fallback: number) => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || (n !== 0 && (n < 1024 || n > 65535))) throw new Error(`${name}: choose a port from 1024 to 65535 (or 0 for any free one).`);
    return n;
  };
  const address = value('--address') ?? (lan.length ? '0.0.0.0' : '127.0.0.1');
  if (!['0.0.0.0', '127.0.0.1', ...lan].includes(address)) {
    throw new Error(`--address: ${address} is not an address of this computer. Choose 0.0.0.0, 127.0.0.1${lan.length ? ` or ${lan.join(', ')}` : ''}.`);
  }
  return { address, port: port('--port', 5300), appPort: port('--app-port', 5173) };
}

export async function main(argv: readonly string[], webRoot: string): Promise<void> {
  let args: HostArgs;
  try {
    args = parseHostArgs(argv);
  } catch (err) {
    console.error(String((err as Error).message));
    process.exit(2);
  }
  if (args.address === '127.0.0.1' && !argv.some((a) => a.startsWith('--address'))) console.log('No network found: the session will listen on this computer only (127.0.0.1).');
  const options: TerminalHostOptions = { webRoot, address: args.address, port: args.port, appPort: args.appPort };
  const host = await startTerminalHost(options);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nEnding the live session…');
    void host.close().then(() => {
      console.log('Stopped: nothing of Baton listens any more.');
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
