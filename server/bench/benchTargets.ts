import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from './benchStats';

/**
 * The servers a load runs against, side by side: Gapboard, the reference and the null relay, and
 * optionally `candidate`, a second Gapboard bundle (GAPBOARD_BENCH_CANDIDATE) for a before/after
 * comparison inside the same rounds.
 */
export type TargetName = 'gapboard' | 'candidate' | 'reference' | 'null';

export const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const preload = join(serverDir, 'bench/eldPreload.mjs');

/** Whether `taskset` can pin processes (Linux with util-linux). */
export const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/**
 * Whether bench processes run at a raised priority (`nice -n -10`, root only; `--no-nice` or
 * BENCH_NICE=0 turns it off): on a shared machine with other busy processes, an unprivileged
 * server gets a small slice of its core and the figures measure the neighbours, not the server.
 */
export const useNice =
  process.env.BENCH_NICE !== '0' && !process.argv.includes('--no-nice') && spawnSync('nice', ['-n', '-10', 'true']).status === 0;

/** Command prefix pinning a process to `core` when possible (and raising its priority, see useNice). */
export function pinned(core: number, command: string, args: string[]): [string, string[]] {
  const pin = hasTaskset ? ['taskset', '-c', String(core)] : [];
  const nice = useNice ? ['nice', '-n', '-10'] : [];
  const full = [...nice, ...pin, command, ...args];
  return [full[0]!, full.slice(1)];
}

/** A running server under test. */
export interface Target {
  name: TargetName;
  pid: number;
  port: number;
  /** Base for `new WebsocketProvider(wsBase, room, doc)`. */
  wsBase: string;
  /** Creates a board (Gapboard: through the API; others: any room name) and returns its id. */
  createBoard(): Promise<string>;
  /** Starts an event-loop delay window in the server process. */
  eldReset(): Promise<void>;
  /** The window's event-loop delay figures (ms). */
  eldRead(): Promise<{ p50: number; p99: number; max: number; rss: number; gcCount: number; gcTotalMs: number; gcMaxMs: number; inServer: InServerLatency | null }>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Server-internal latency of the window's writes (BENCH_SERVER_LATENCY=1, see serverLatencyPreload.mjs), in ms. */
export interface InServerLatency {
  writes: number;
  /** Frame in → first peer's socket write. */
  firstP50: number;
  firstP99: number;
  /** Frame in → last peer's socket write. */
  lastP50: number;
  lastP99: number;
}

function ipcRequest<T>(child: ChildProcess, request: object, replyType: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${replyType} from server`)), 60_000);
    const onMessage = (message: { type?: string }) => {
      if (message?.type !== replyType) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.send(request);
  });
}

async function waitForHttp(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`server at ${url} did not come up: ${stderr()}`);
}

function gapboardBundle(name: 'gapboard' | 'candidate'): string {
  if (name === 'gapboard') return process.env.GAPBOARD_BENCH_SERVER ?? join(serverDir, 'dist/server.js');
  const candidate = process.env.GAPBOARD_BENCH_CANDIDATE;
  if (!candidate) throw new Error('the candidate target needs GAPBOARD_BENCH_CANDIDATE=<a server bundle>');
  return candidate;
}

/** Extra environment for Gapboard (e.g. a DATA_DIR prepared by the cold-load bench). */
export interface StartOptions {
  dataDir?: string;
  env?: Record<string, string>;
}

/** Starts one server pinned to core 0 with the event-loop monitor preloaded. */
export async function startTarget(name: TargetName, options: StartOptions = {}): Promise<Target> {
  const port = await freePort();
  const ownDataDir = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'gapboard-bench-'));
  const dataDir = options.dataDir ?? ownDataDir!;
  const node = process.execPath;
  // GAPBOARD_BENCH_NODE_ARGS adds node flags to every target (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"),
  // so that profiles and GC traces of Gapboard and the reference come from the same run.
  const extra = process.env.GAPBOARD_BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  let args: string[];
  let env: Record<string, string | undefined> = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  if (name === 'gapboard' || name === 'candidate') {
    // GAPBOARD_BENCH_SERVER points at another bundle (e.g. a build of an earlier commit, for before/after figures);
    // GAPBOARD_BENCH_CANDIDATE is the bundle of the `candidate` target.
    args = [...extra, '--import', preload, gapboardBundle(name)];
    env = {
      ...env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CREATE_RATE_PER_MINUTE: '1000000',
      ...options.env,
    };
  } else if (name === 'reference') {
    // The stock y-websocket server, in memory (no YPERSISTENCE), as most deployments start it.
    args = [...extra, '--import', preload, join(serverDir, 'node_modules/@y/websocket-server/src/server.js')];
  } else {
    args = [...extra, '--import', 'tsx', '--import', preload, join(serverDir, 'bench/nullRelay.ts')];
  }
  const [command, commandArgs] = pinned(0, node, args);
  // BENCH_SERVER_STDOUT=<dir> keeps each server's stdout (where V8 prints --trace-gc-nvp) in <dir>/<target>-<time>.log.
  const stdoutDir = process.env.BENCH_SERVER_STDOUT;
  const stdout = stdoutDir ? openSync(join(stdoutDir, `${name}-${Date.now()}.log`), 'w') : 'ignore';
  const child = spawn(command, commandArgs, { cwd: serverDir, env, stdio: ['ignore', stdout, 'pipe', 'ipc'] });
  if (typeof stdout === 'number') closeSync(stdout);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const isGapboard = name === 'gapboard' || name === 'candidate';
  const healthPath = isGapboard ? '/healthz' : '/';
  await waitForHttp(`http://127.0.0.1:${port}${healthPath}`, child, () => stderr);

  return {
    name,
    pid: child.pid!,
    port,
    wsBase: isGapboard ? `ws://127.0.0.1:${port}/yjs` : `ws://127.0.0.1:${port}`,
    async createBoard() {
      if (!isGapboard) return `board-${Math.random().toString(36).slice(2, 12)}`;
      const res = await fetch(`http://127.0.0.1:${port}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (res.status !== 201) throw new Error(`POST /api/boards → ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async eldReset() {
      await ipcRequest(child, { type: 'eld-reset' }, 'eld-reset-done');
    },
    eldRead() {
      return ipcRequest(child, { type: 'eld-read' }, 'eld');
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
