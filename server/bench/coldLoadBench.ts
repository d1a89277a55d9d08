import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { nanoid } from 'nanoid';
import { SqliteStorage } from '../src/storage/SqliteStorage';
import { cpuSeconds, ms } from './benchStats';
import { pinned, serverDir, startTarget } from './benchTargets';
import type { ColdLoadConfig, ColdLoadResult } from './coldLoadClient';

/**
 * Cold load (issue 6, item 2): a board of ~1 MB and one of ~10 MB encoded Yjs state are written
 * straight into SQLite through `SqliteStorage` in a temp DATA_DIR, then the built server starts
 * on it and `coldLoadClient.ts` (another process) measures joins. Server CPU seconds are read
 * around each phase: a join storm that costs one encode costs about one join's CPU, not N.
 */
export interface ColdLoadRun {
  targetBytes: number;
  stateBytes: number;
  stickies: number;
  result: ColdLoadResult;
  /** Server CPU seconds per phase. */
  cpu: Record<'first' | 'second' | 'warmStorm' | 'coldStorm', number>;
  joins: number;
}

/** A board document of about `targetBytes` encoded: stickies with realistic fields and text. */
export function makeLargeBoard(targetBytes: number): { state: Uint8Array; stickies: number } {
  const doc = new Y.Doc();
  const stickies = doc.getMap<Y.Map<unknown>>('stickies');
  const filler =
    'Customers saw login errors for 40 minutes before the status page said anything; support answered tickets one by one without a shared holding message. ';
  let count = 0;
  const addBatch = (n: number) => {
    doc.transact(() => {
      for (let i = 0; i < n; i++, count++) {
        const sticky = new Y.Map<unknown>();
        stickies.set(`sticky-${count.toString(36).padStart(6, '0')}`, sticky);
        sticky.set('kind', count % 3 === 0 ? 'root-cause' : 'issue');
        sticky.set('text', `${count}: ${filler.slice(0, 60 + (count % 90))}`);
        sticky.set('x', (count % 200) * 180);
        sticky.set('y', Math.floor(count / 200) * 140);
        sticky.set('category', 'no-information');
        sticky.set('rootCause', count % 2 === 0 ? 'No one owned the status page during the incident' : '');
        sticky.set('author', `user-${count % 7}`);
      }
    });
  };
  addBatch(500);
  const perSticky = Y.encodeStateAsUpdate(doc).byteLength / count;
  addBatch(Math.max(0, Math.ceil(targetBytes / perSticky) - count));
  while (Y.encodeStateAsUpdate(doc).byteLength < targetBytes) addBatch(200);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { state, stickies: count };
}

async function runOne(targetBytes: number, joins: number, log: (line: string) => void): Promise<ColdLoadRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gapboard-cold-'));
  try {
    const { state, stickies } = makeLargeBoard(targetBytes);
    const boardId = nanoid();
    const storage = new SqliteStorage({ dataDir });
    await storage.createBoard({ id: boardId, createdAt: Date.now(), facilitatorKeyHash: 'bench-no-key', locked: false }, state);
    await storage.close();
    log(`  board of ${(state.byteLength / 2 ** 20).toFixed(2)} MiB (${stickies} stickies) stored`);

    const idleMs = 500;
    const target = await startTarget('gapboard', { dataDir, env: { ROOM_IDLE_MS: String(idleMs) } });
    try {
      const config: ColdLoadConfig = { url: `${target.wsBase}/${boardId}`, joins, evictWaitMs: idleMs + 3000 };
      const [command, args] = pinned(1, process.execPath, ['--import', 'tsx', join(serverDir, 'bench/coldLoadClient.ts'), JSON.stringify(config)]);
      const client = spawn(command, args, { cwd: serverDir, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const cpuAt: Record<string, number> = {};
      const result = await new Promise<ColdLoadResult>((resolve, reject) => {
        client.on('exit', (code) => {
          // A result sent just before exiting may still be in flight on a busy machine.
          setTimeout(() => reject(new Error(`cold-load client exited with ${code} without a result`)), 2000);
        });
        client.on('message', (message: { type: string; name?: string; result?: ColdLoadResult; message?: string }) => {
          if (message.type === 'result') resolve(message.result!);
          else if (message.type === 'error') reject(new Error(message.message));
          else if (message.type === 'mark') {
            cpuAt[message.name!] = cpuSeconds(target.pid);
            client.send({ type: 'mark-ok', name: message.name });
          }
        });
      });
      const span = (phase: string) => cpuAt[`${phase}-end`]! - cpuAt[`${phase}-start`]!;
      return {
        targetBytes,
        stateBytes: state.byteLength,
        stickies,
        result,
        joins,
        cpu: { first: span('first'), second: span('second'), warmStorm: span('warm-storm'), coldStorm: span('cold-storm') },
      };
    } finally {
      await target.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the 1 MB and 10 MB cold loads. */
export async function runColdLoad(_quick: boolean, log: (line: string) => void): Promise<ColdLoadRun[]> {
  const runs: ColdLoadRun[] = [];
  for (const size of [1, 10]) {
    log(`cold load, ${size} MB board…`);
    runs.push(await runOne(size * 1_000_000, 50, log));
  }
  return runs;
}

/** The cold-load results as a Markdown table. */
export function coldTable(runs: ColdLoadRun[]): string {
  const lines = [
    '| board state | 1st client open→synced ms (connect→synced) | 2nd client open→synced ms | warm storm of N: p50 / max / wall ms | cold storm of N: p50 / max / wall ms | server CPU s: 1st / 2nd / warm storm / cold storm | client apply ms |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const run of runs) {
    const r = run.result;
    lines.push(
      `| ${(run.stateBytes / 2 ** 20).toFixed(2)} MiB, ${run.stickies} stickies | ${ms(r.first.openToSynced)} (${ms(r.first.connectToSynced)}) | ${ms(r.second.openToSynced)} | ` +
        `N=${run.joins}: ${ms(r.warmStorm.p50)} / ${ms(r.warmStorm.max)} / ${ms(r.warmStorm.wall)} | ${ms(r.coldStorm.p50)} / ${ms(r.coldStorm.max)} / ${ms(r.coldStorm.wall)} | ` +
        `${run.cpu.first.toFixed(2)} / ${run.cpu.second.toFixed(2)} / ${run.cpu.warmStorm.toFixed(2)} / ${run.cpu.coldStorm.toFixed(2)} | ${ms(r.clientApplyMs)} |`,
    );
  }
  return lines.join('\n');
}
