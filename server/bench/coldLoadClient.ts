import * as Y from 'yjs';
import { sleep } from './benchStats';
import { RawListener } from './rawListener';
import { exitWithRunner, markPhase, sendToRunner } from './loadChildIpc';

/**
 * Client side of the cold-load bench, in its own process pinned to the load core. Against one
 * stored board: the first client (room cold: load from SQLite + encode), a second client (room
 * warm), a storm of N simultaneous joins while those two stay connected, and — after every
 * client left and the room was evicted — a storm of N joins on the cold board. "Synced" is the
 * server's sync step 2 fully received (applying it in the client is measured once, apart).
 */
export interface ColdLoadConfig {
  url: string;
  joins: number;
  /** Wait this long after the last client left, so the room is stored and evicted. */
  evictWaitMs: number;
}

export interface JoinTiming {
  /** Websocket 'open' → sync step 2 received, ms. */
  openToSynced: number;
  /** Connect call → sync step 2 received, ms. */
  connectToSynced: number;
  syncBytes: number;
}

export interface StormTiming {
  /** Per-join open → synced, p50 and max (ms). */
  p50: number;
  max: number;
  /** First connect call → last join synced (ms). */
  wall: number;
}

export interface ColdLoadResult {
  first: JoinTiming;
  second: JoinTiming;
  clientApplyMs: number;
  warmStorm: StormTiming;
  coldStorm: StormTiming;
}

const send = sendToRunner;
exitWithRunner();

const mark = markPhase;

async function join(url: string, keep?: (frame: Buffer) => void): Promise<{ listener: RawListener; timing: JoinTiming }> {
  const started = performance.now();
  const listener = new RawListener(url, { handshake: true, onSyncStep2: keep });
  await listener.ready;
  return {
    listener,
    timing: {
      openToSynced: listener.syncedAt - listener.openedAt,
      connectToSynced: listener.syncedAt - started,
      syncBytes: listener.syncBytes,
    },
  };
}

async function storm(url: string, n: number): Promise<{ listeners: RawListener[]; timing: StormTiming }> {
  const started = performance.now();
  const joins = await Promise.all(Array.from({ length: n }, () => join(url)));
  const times = joins.map((j) => j.timing.openToSynced).sort((a, b) => a - b);
  const lastSynced = Math.max(...joins.map((j) => j.listener.syncedAt));
  return {
    listeners: joins.map((j) => j.listener),
    timing: { p50: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, wall: lastSynced - started },
  };
}

async function run(config: ColdLoadConfig): Promise<ColdLoadResult> {
  let frame: Buffer | null = null;
  await mark('first-start');
  const first = await join(config.url, (f) => (frame = f));
  await mark('first-end');
  // Cost of applying the state in a client, for context (not part of "synced" above).
  const applyStart = performance.now();
  const doc = new Y.Doc();
  const bytes = frame as Buffer | null;
  if (bytes) {
    // The frame is [0, 1, varuint length, update…]: skip the envelope.
    let pos = 2;
    while (bytes[pos]! & 0x80) pos++;
    Y.applyUpdate(doc, bytes.subarray(pos + 1));
  }
  const clientApplyMs = performance.now() - applyStart;
  doc.destroy();

  await mark('second-start');
  const second = await join(config.url);
  await mark('second-end');
  await mark('warm-storm-start');
  const warm = await storm(config.url, config.joins);
  await mark('warm-storm-end');
  for (const l of [first.listener, second.listener, ...warm.listeners]) l.close();
  await sleep(config.evictWaitMs);
  await mark('cold-storm-start');
  const cold = await storm(config.url, config.joins);
  await mark('cold-storm-end');
  for (const l of cold.listeners) l.close();
  return { first: first.timing, second: second.timing, clientApplyMs, warmStorm: warm.timing, coldStorm: cold.timing };
}

run(JSON.parse(process.argv[2] ?? '{}') as ColdLoadConfig).then(
  (result) => {
    // Exit only once the result has been handed to the IPC channel.
    process.send!({ type: 'result', result }, () => process.exit(0));
  },
  (error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
    setTimeout(() => process.exit(1), 200);
  },
);
