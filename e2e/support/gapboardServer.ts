import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_ENV } from './clientSnapshot';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const serverBundle = join(repoRoot, 'server/dist/server.js');

/** A real, built Gapboard server in a child process, on a free port with its own data dir. */
export interface GapboardServer {
  url: string;
  port: number;
  dataDir: string;
  /** Graceful stop (SIGTERM): the server stores every open board. */
  stop(): Promise<void>;
  /** Hard kill (SIGKILL): nothing gets a chance to flush. */
  kill(): Promise<void>;
  /** Starts the server again on the same port and data directory. */
  restart(): Promise<void>;
  /** Stops it and removes the data directory. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export async function startGapboardServer(env: Record<string, string> = {}): Promise<GapboardServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gapboard-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  // The run's private copy of the client build (global setup), immune to concurrent rebuilds.
  const staticDir = process.env[SNAPSHOT_ENV];
  const spawnOnce = async () => {
    child = spawn(process.execPath, [serverBundle], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        // Specs create many boards from one address.
        CREATE_RATE_PER_MINUTE: '1000',
        ...(staticDir ? { STATIC_DIR: staticDir } : {}),
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForHealthy(url, child);
  };
  const launch = async () => {
    try {
      await spawnOnce();
    } catch (err) {
      // The bundle may have been caught mid-rebuild by someone else's `pnpm build`: once more.
      if (!(err instanceof EarlyExitError)) throw err;
      await spawnOnce();
    }
  };

  const exit = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return done();
      current.once('exit', () => done());
      current.kill(signal);
    });

  await launch();
  return {
    url,
    port,
    dataDir,
    stop: () => exit('SIGTERM'),
    kill: () => exit('SIGKILL'),
    restart: async () => {
      await exit('SIGTERM');
      await launch();
    },
    dispose: async () => {
      await exit('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

class EarlyExitError extends Error {}

async function waitForHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new EarlyExitError(`server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not become healthy within 30 s`);
}
