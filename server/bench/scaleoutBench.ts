/**
 * Fan-out latency with clients split across two instances vs all on one (issue 7).
 *
 * Each setup runs real server processes (`node --import tsx src/server.ts`, one per instance) on the same
 * Postgres schema and Redis prefix, and stock y-websocket clients in this process (one clock
 * for send and receive times). Two writer clients take turns writing one small update every
 * `intervalMs`; every other client records, per update, the time from the write to the update
 * reaching it. Setups:
 * - `1 instance, no Redis`: DATABASE_URL only — the baseline relay path;
 * - `1 instance`: DATABASE_URL and REDIS_URL, all clients on it (publishes, nobody listens);
 * - `2 instances`: the clients and the writers split evenly; half the deliveries cross Redis.
 *
 * Run: `cd server && npx tsx bench/scaleoutBench.ts [--quick] [--rounds=N]` (Postgres and Redis on 127.0.0.1;
 * TEST_DATABASE_URL / TEST_REDIS_URL override). Prints p50/p99 per setup.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { startServerChild } from '../src/testing/serverChild.testHelper';
import { summarize } from './benchStats';

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Setup {
  name: string;
  instances: number;
  redis: boolean;
}

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  instance: number;
}

/** Latencies (ms) of one setup: all deliveries, and the cross-instance ones. */
export interface ScaleoutResult {
  setup: string;
  clients: number;
  updates: number;
  all: ReturnType<typeof summarize>;
  sameInstance: ReturnType<typeof summarize>;
  crossInstance: ReturnType<typeof summarize>;
  /** Deliveries received / expected. */
  deliveredPct: number;
}

/** Node with tsx's loader (no wrapper process), so stopping the child really stops the server. */
function startInstance(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  return startServerChild({ ...env, PORT: '0', LOG_LEVEL: 'info', ROOM_IDLE_MS: '60000', CREATE_RATE_PER_MINUTE: '10000' });
}

function connect(port: number, boardId: string, instance: number): Promise<Client> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/yjs`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return new Promise((resolve) => {
    provider.once('sync', () => resolve({ doc, provider, instance }));
  });
}

async function runSetup(setup: Setup, opts: { clients: number; updates: number; intervalMs: number }): Promise<ScaleoutResult> {
  const schema = `gapboard_bench_${randomBytes(5).toString('hex')}`;
  const env: Record<string, string> = { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: schema };
  if (setup.redis) Object.assign(env, { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `gapboard-bench-${randomBytes(5).toString('hex')}:` });
  const servers: { child: ChildProcess; port: number }[] = [];
  const clients: Client[] = [];
  try {
    // One after the other: the first migrates the schema.
    for (let i = 0; i < setup.instances; i++) servers.push(await startInstance(env));
    progress(`${setup.name}: ${setup.instances} instance(s) up`);
    const res = await fetch(`http://127.0.0.1:${servers[0]!.port}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { id } = (await res.json()) as { id: string };
    for (let i = 0; i < opts.clients; i++) {
      const instance = i % setup.instances;
      clients.push(await connect(servers[instance]!.port, id, instance));
    }
    progress(`${setup.name}: ${clients.length} clients synced`);
    // Writers: client 0 and client 1 (on different instances when split).
    const writers = [clients[0]!, clients[1]!];
    const sentAt = new Map<string, { at: number; instance: number }>();
    const same: number[] = [];
    const cross: number[] = [];
    const warmup = Math.min(20, Math.floor(opts.updates / 10));
    let delivered = 0;
    for (const client of clients) {
      client.doc.getMap<number>('bench').observe((event) => {
        const now = performance.now();
        for (const key of event.keysChanged) {
          const sent = sentAt.get(key);
          if (!sent || event.transaction.local) continue;
          delivered++;
          if (Number(key.slice(1)) < warmup) continue;
          (sent.instance === client.instance ? same : cross).push(now - sent.at);
        }
      });
    }
    for (let i = 0; i < opts.updates; i++) {
      const writer = writers[i % 2]!;
      const key = `u${i}`;
      sentAt.set(key, { at: performance.now(), instance: writer.instance });
      writer.doc.getMap<number>('bench').set(key, i);
      await new Promise((r) => setTimeout(r, opts.intervalMs));
    }
    progress(`${setup.name}: ${opts.updates} updates written`);
    const expected = opts.updates * (opts.clients - 1);
    const deadline = Date.now() + 10_000;
    while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return {
      setup: setup.name,
      clients: opts.clients,
      updates: opts.updates,
      all: summarize([...same, ...cross]),
      sameInstance: summarize(same),
      crossInstance: summarize(cross),
      deliveredPct: (100 * delivered) / expected,
    };
  } finally {
    for (const c of clients) {
      c.provider.destroy();
      c.doc.destroy();
    }
    for (const s of servers) s.child.kill('SIGKILL');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

function progress(line: string): void {
  process.stderr.write(`[scaleout] ${line}\n`);
}

/** Runs every setup with the same load and returns one result per setup. */
export async function runScaleoutBench(quick: boolean, rounds = 1): Promise<ScaleoutResult[]> {
  const opts = { clients: 20, updates: quick ? 150 : 600, intervalMs: 25 };
  const setups: Setup[] = [
    { name: '1 instance, no Redis', instances: 1, redis: false },
    { name: '1 instance', instances: 1, redis: true },
    { name: '2 instances', instances: 2, redis: true },
  ];
  const results: ScaleoutResult[] = [];
  // Rounds interleave the setups, so a change in background load hits all of them alike.
  for (let round = 0; round < rounds; round++) for (const setup of setups) results.push(await runSetup(setup, opts));
  return results;
}

/** The results as a Markdown table (ms). */
export function scaleoutTable(results: ScaleoutResult[]): string {
  const f = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));
  const lines = [
    '| setup | clients | updates | deliveries | p50 ms | p99 ms | same-instance p50 / p99 | cross-instance p50 / p99 | delivered |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.setup} | ${r.clients} | ${r.updates} | ${r.all.n} | ${f(r.all.p50)} | ${f(r.all.p99)} | ` +
        `${f(r.sameInstance.p50)} / ${f(r.sameInstance.p99)} | ${f(r.crossInstance.p50)} / ${f(r.crossInstance.p99)} | ${r.deliveredPct.toFixed(1)}% |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
  runScaleoutBench(quick, roundsArg ? Math.max(1, Number(roundsArg.slice('--rounds='.length)) || 1) : 1).then(
    (results) => {
      process.stdout.write(`${scaleoutTable(results)}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`scale-out bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
