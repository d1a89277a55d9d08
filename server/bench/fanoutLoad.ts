import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { summarize, sleep } from './benchStats';
import { runOpenLoop } from './openLoop';
import { RawListener } from './rawListener';
import { DeliveryRecorder, makeStamp } from './stamps';
import { exitWithRunner, markPhase, sendToRunner } from './loadChildIpc';

/**
 * The fan-out load generator, run in its own process (pinned to another core than the server
 * by `run.ts`). Scenario `one-board`: 6 stock `WebsocketProvider` clients (5 of them drag a
 * sticky at 30 Hz) plus N raw listening sockets on one board. Scenario `many-boards`: B boards ×
 * C clients, one stock writer per board at a low rate, the rest raw listeners. Latency is
 * measured at every receiver from the write's scheduled time (see stamps.ts). Talks to the
 * runner over IPC: `mark` messages let it sample the server at the right moments.
 */
export interface FanoutLoadConfig {
  scenario: 'one-board' | 'many-boards';
  /** null: the null relay never answers sync, so clients count as ready once open. */
  handshake: boolean;
  /** Base URL for WebsocketProvider (room name appended). */
  wsBase: string;
  boardIds: string[];
  /** one-board: live stock clients (writers + viewers) and raw listeners. */
  liveClients: number;
  writers: number;
  listeners: number;
  /** Writes per second per writer. */
  rateHz: number;
  durationS: number;
  /** many-boards: clients per board (1 stock writer + raw listeners). */
  clientsPerBoard: number;
}

export interface FanoutLoadResult {
  writes: number;
  expectedDeliveries: number;
  delivered: number;
  latency: { p50: number; p99: number; p999: number; max: number; n: number };
  maxSendLagMs: number;
  loadEventLoopP99Ms: number;
  connectSeconds: number;
}

const send = sendToRunner;
const debug = process.env.BENCH_DEBUG ? (line: string) => process.stderr.write(`[load] ${line}\n`) : () => {};
// Every WebsocketProvider adds a process 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0);
exitWithRunner();

function mark(name: string): Promise<void> {
  debug(`mark ${name}`);
  return markPhase(name);
}

interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  sticky: Y.Map<unknown>;
}

/**
 * `writer`/`writers`: this client's writer number and the writer count (write index = k·writers +
 * writer), so stamps of its own writes echoed back are not counted; a viewer passes -1.
 */
function stockClient(
  config: FanoutLoadConfig,
  boardId: string,
  recorder: DeliveryRecorder,
  name: string,
  writer: number,
  writers: number,
): Promise<StockClient> {
  const isOwn = (index: number) => writer >= 0 && index % writers === writer;
  const doc = new Y.Doc();
  // Stamps are read from the frames the provider receives (sync updates only, as the raw
  // listeners do), not from doc 'update' events: when a server merges two writes of the same
  // sticky into one frame, the event omits the superseded value although the frame carried it.
  class StampedSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: Buffer | ArrayBuffer) => {
        // The provider sets binaryType 'arraybuffer'.
        const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
        if (bytes[0] === 0 && bytes[1] === 2) recorder.scan(bytes, isOwn);
      });
    }
  }
  const provider = new WebsocketProvider(config.wsBase, boardId, doc, {
    WebSocketPolyfill: StampedSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const sticky = new Y.Map<unknown>();
  return new Promise((resolve) => {
    let started = false;
    const done = () => {
      if (started) return; // 'connected' fires again after a reconnect
      started = true;
      doc.transact(() => {
        doc.getMap('stickies').set(name, sticky);
        sticky.set('kind', 'issue');
        sticky.set('text', `dragged by ${name}`);
        sticky.set('x', 0);
        sticky.set('y', 0);
      });
      resolve({ doc, provider, sticky });
    };
    if (config.handshake) {
      provider.once('sync', done);
    } else {
      provider.on('status', ({ status }: { status: string }) => {
        if (status === 'connected') done();
      });
    }
  });
}

async function connectInBatches<T>(count: number, batch: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += batch) {
    const group = [];
    for (let j = i; j < Math.min(count, i + batch); j++) group.push(make(j));
    out.push(...(await Promise.all(group)));
  }
  return out;
}

function drag(client: StockClient, k: number, index: number, scheduled: number): void {
  client.doc.transact(() => {
    client.sticky.set('x', Math.round(400 + 300 * Math.sin(k / 15)));
    client.sticky.set('y', Math.round(300 + 200 * Math.cos(k / 15)));
    client.sticky.set('benchStamp', makeStamp(index, scheduled));
  });
}

async function waitForDrain(recorder: DeliveryRecorder, expected: number): Promise<void> {
  // Patient: on a busy shared machine a starved server can pause deliveries for seconds.
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    let delivered = 0;
    for (const c of recorder.counts) delivered += c;
    if (delivered >= expected) return;
    if (performance.now() - recorder.lastDeliveryAt > 5000) return;
    await sleep(100);
  }
}

async function run(config: FanoutLoadConfig): Promise<FanoutLoadResult> {
  const eld = monitorEventLoopDelay({ resolution: 5 });
  eld.enable();
  const oneBoard = config.scenario === 'one-board';
  const writers = oneBoard ? config.writers : config.boardIds.length;
  const writesPerWriter = Math.round(config.rateHz * config.durationS);
  const totalWrites = writers * writesPerWriter;
  const recorder = new DeliveryRecorder(totalWrites);
  const rawOptions = { handshake: config.handshake, onUpdate: (frame: Buffer) => recorder.scan(frame) };
  const connectStart = performance.now();
  const raws: RawListener[] = [];
  let stock: StockClient[];
  let receiversPerWrite: number;

  if (oneBoard) {
    const boardId = config.boardIds[0]!;
    stock = await connectInBatches(config.liveClients, 6, (i) =>
      stockClient(config, boardId, recorder, `live-${i}`, i < config.writers ? i : -1, config.writers),
    );
    await sleep(500);
    await mark('base');
    for (let i = 0; i < config.listeners; i += 50) {
      const group = [];
      for (let j = i; j < Math.min(config.listeners, i + 50); j++) {
        const raw = new RawListener(`${config.wsBase}/${boardId}`, rawOptions);
        raws.push(raw);
        group.push(raw.ready);
      }
      await Promise.all(group);
    }
    await sleep(1000);
    await mark('listeners');
    receiversPerWrite = config.liveClients - 1 + config.listeners;
  } else {
    await mark('base');
    stock = await connectInBatches(config.boardIds.length, 20, (i) =>
      stockClient(config, config.boardIds[i]!, recorder, `w-${i}`, i, config.boardIds.length),
    );
    await sleep(1000);
    await mark('boards');
    const perBoard = config.clientsPerBoard - 1;
    for (let b = 0; b < config.boardIds.length; b += 10) {
      const group = [];
      for (let bb = b; bb < Math.min(config.boardIds.length, b + 10); bb++) {
        for (let j = 0; j < perBoard; j++) {
          const raw = new RawListener(`${config.wsBase}/${config.boardIds[bb]!}`, rawOptions);
          raws.push(raw);
          group.push(raw.ready);
        }
      }
      await Promise.all(group);
    }
    await sleep(1000);
    await mark('listeners');
    receiversPerWrite = config.clientsPerBoard - 1;
  }
  const connectSeconds = (performance.now() - connectStart) / 1000;

  recorder.recording = true;
  if (process.env.BENCH_DEBUG) recorder.timeline = new Map();
  eld.reset();
  await mark('start');
  const periodMs = 1000 / config.rateHz;
  const { maxLagMs } = await runOpenLoop({
    writers,
    periodMs,
    writesPerWriter,
    write: (w, k, index, scheduled) => drag(stock[w]!, k, index, scheduled),
  });
  const expected = totalWrites * receiversPerWrite;
  await waitForDrain(recorder, expected);
  await mark('end');
  const loadEventLoopP99Ms = eld.percentile(99) / 1e6;
  if (recorder.timeline) {
    const worst = [...recorder.timeline.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    const t0 = Math.min(...recorder.timeline.keys());
    debug(`worst 100 ms windows (s since start: max ms): ${worst.map(([b, v]) => `${((b - t0) / 10).toFixed(1)}: ${v.toFixed(0)}`).join(', ')}`);
  }
  recorder.recording = false;

  let delivered = 0;
  for (const c of recorder.counts) delivered += c;
  for (const client of stock) {
    client.provider.destroy();
    client.doc.destroy();
  }
  for (const raw of raws) raw.close();
  return {
    writes: totalWrites,
    expectedDeliveries: expected,
    delivered,
    latency: summarize(recorder.samples()),
    maxSendLagMs: maxLagMs,
    loadEventLoopP99Ms,
    connectSeconds,
  };
}

const config = JSON.parse(process.argv[2] ?? '{}') as FanoutLoadConfig;
run(config).then(
  (result) => {
    // Exit only once the result has been handed to the IPC channel.
    process.send!({ type: 'result', result }, () => process.exit(0));
  },
  (error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
    setTimeout(() => process.exit(1), 200);
  },
);
