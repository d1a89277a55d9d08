import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStorage } from './SqliteStorage';
import { WalCheckpointer } from './WalCheckpointer';
import { describeStorageContract } from './storageContract';
import type { BoardRecord, BoardStorage } from './BoardStorage';

const dirs = new WeakMap<BoardStorage, string>();

describeStorageContract(
  'sqlite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    const storage = new SqliteStorage({ dataDir: dir });
    dirs.set(storage, dir);
    return storage;
  },
  async (closed) => {
    const dir = dirs.get(closed)!;
    const storage = new SqliteStorage({ dataDir: dir });
    dirs.set(storage, dir);
    return storage;
  },
);

// The same contract with a one-board sequence cache: every switch of board re-reads its number.
describeStorageContract(
  'sqlite remembering one board',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    const storage = new SqliteStorage({ dataDir: dir, rememberedBoards: 1 });
    dirs.set(storage, dir);
    return storage;
  },
  async (closed) => {
    const dir = dirs.get(closed)!;
    const storage = new SqliteStorage({ dataDir: dir, rememberedBoards: 1 });
    dirs.set(storage, dir);
    return storage;
  },
);

describe('SqliteStorage sequence numbers in memory', () => {
  it('keeps at most rememberedBoards of them and numbers a dropped board on from the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    const storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0, rememberedBoards: 2 });
    try {
      const [a, b, c] = ['a', 'b', 'c'].map((id) => ({ id: `${id}${nanoid(8)}`, createdAt: 1, facilitatorKeyHash: 'h', locked: false }));
      for (const board of [a!, b!, c!]) await storage.createBoard(board, null);
      const one = new Uint8Array([0, 0]); // an empty Yjs update
      expect(await storage.append(a!.id, one)).toBe(1);
      expect(await storage.append(a!.id, one)).toBe(2);
      await storage.append(b!.id, one);
      await storage.append(c!.id, one); // drops a's number
      expect(storage.rememberedSequenceCount).toBe(2);
      expect(await storage.append(a!.id, one)).toBe(3);
      // Dropped again after its log was compacted away: numbering continues above the snapshot.
      await storage.compact(a!.id, one, 3);
      await storage.append(b!.id, one);
      await storage.append(c!.id, one);
      expect(storage.rememberedSequenceCount).toBe(2);
      expect(await storage.append(a!.id, one)).toBe(4);
      expect((await storage.load(a!.id)).updates).toHaveLength(1);
    } finally {
      await storage.close();
    }
  });
});

describe('SqliteStorage WAL checkpoints', () => {
  const record = (): BoardRecord => ({ id: nanoid(), createdAt: 1, facilitatorKeyHash: 'h', locked: false });
  const walBytes = (dir: string) => {
    const wal = join(dir, 'gapboard.sqlite-wal');
    return existsSync(wal) ? statSync(wal).size : 0;
  };
  /** WAL file size holding `frames` frames of 4 KiB pages (32-byte header, 24-byte frame headers). */
  const walSizeOf = (frames: number) => 32 + frames * (4096 + 24);
  const update = (i: number) => {
    const doc = new Y.Doc();
    doc.getMap('m').set('i', i);
    return Y.encodeStateAsUpdate(doc);
  };
  let storage: SqliteStorage | null = null;
  afterEach(async () => {
    await storage?.close();
    storage = null;
  });

  it('never checkpoints on the serving connection by itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0 });
    const board = record();
    await storage.createBoard(board, null);
    for (let i = 0; i < 1200; i++) await storage.append(board.id, update(i)); // about a frame each
    // SQLite's auto-checkpoint would have restarted the WAL past 1000 frames.
    const result = await storage.checkpointNow();
    expect(result!.log).toBeGreaterThan(1000);
    expect(result!.checkpointed).toBe(result!.log);
  });

  it('commits an update to a board as about one WAL page (the commit is on the broadcast path)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0 });
    const boards = [record(), record(), record()];
    for (const board of boards) await storage.createBoard(board, null);
    const before = (await storage.checkpointNow())!.log;
    for (let i = 0; i < 300; i++) await storage.append(boards[i % 3]!.id, update(i));
    const frames = (await storage.checkpointNow())!.log - before;
    // The rowid log with its index and AUTOINCREMENT wrote ~3.3 pages per commit.
    expect(frames / 300).toBeLessThan(1.5);
  });

  it('checkpoints on the worker and keeps the WAL bounded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0, walRestartFrames: 20 });
    const board = record();
    await storage.createBoard(board, null);
    for (let round = 0; round < 60; round++) {
      await storage.append(board.id, update(round)); // one group commit: a few WAL frames
      const result = await storage.checkpointNow();
      expect(result!.checkpointed).toBe(result!.log);
    }
    // 60 commits of a frame or more each would make a WAL of over 60 frames; the file (which
    // keeps its largest size) shows the log started over instead.
    expect(walBytes(dir)).toBeLessThanOrEqual(walSizeOf(40));
    await storage.close();
    const checked = new Database(join(dir, 'gapboard.sqlite'), { readonly: true });
    expect(checked.prepare('SELECT count(*) AS n FROM updates').get()).toEqual({ n: 60 });
    checked.close();
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0 });
    expect((await storage.load(board.id)).updates).toHaveLength(60);
  });

  it('holds commits back while it finishes a checkpoint that restarts the WAL, and loses none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    const board = record();
    const appends: Promise<number>[] = [];
    let checkpoints = 0;
    let committedDuringSecondStep = false;
    storage = new SqliteStorage({
      dataDir: dir,
      checkpointIntervalMs: 0,
      walRestartFrames: 1,
      // The real worker, with the test's writes interleaved deterministically.
      createCheckpointer: (file, onFailure) => {
        const real = new WalCheckpointer(file, onFailure);
        return {
          checkpoint: async () => {
            checkpoints++;
            if (checkpoints % 2 === 1) {
              // First step: a commit lands meanwhile, so the WAL cannot start over after it…
              appends.push(storage!.append(board.id, update(checkpoints)));
              await appends.at(-1);
            } else {
              // …so a second step runs, and a write arriving during it waits for it.
              const append = storage!.append(board.id, update(checkpoints));
              appends.push(append);
              void append.then(() => (committedDuringSecondStep = true));
              for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
            }
            const result = await real.checkpoint();
            expect(committedDuringSecondStep).toBe(false);
            return result;
          },
          close: () => real.close(),
        };
      },
    });
    await storage.createBoard(board, null);
    for (let round = 0; round < 5; round++) {
      const result = await storage.checkpointNow();
      expect(result!.checkpointed).toBe(result!.log);
      await appends.at(-1); // released and committed once the second step ended
      committedDuringSecondStep = false;
    }
    expect(checkpoints).toBe(10);
    expect(new Set(await Promise.all(appends)).size).toBe(10);
    await storage.close();
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0 });
    expect((await storage.load(board.id)).updates).toHaveLength(10);
  });

  it('logs a failed checkpoint worker, loses no update and checkpoints on its own connection instead', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-sqlite-'));
    const logged: { obj: object; msg?: string }[] = [];
    let closedFake = false;
    storage = new SqliteStorage({
      dataDir: dir,
      checkpointIntervalMs: 0,
      log: { error: (obj, msg) => logged.push({ obj, msg }) },
      createCheckpointer: (_file, onFailure) => ({
        checkpoint: async () => {
          const error = new Error('worker died');
          onFailure(error);
          throw error;
        },
        close: async () => {
          closedFake = true;
        },
      }),
    });
    const board = record();
    await storage.createBoard(board, null);
    await storage.append(board.id, update(0));
    expect(await storage.checkpointNow()).toBeNull();
    expect(logged).toHaveLength(1);
    expect(logged[0]!.msg).toMatch(/checkpoint worker failed/);
    expect(closedFake).toBe(true);
    expect(await storage.checkpointNow()).toBeNull(); // no worker any more, nothing logged twice
    expect(logged).toHaveLength(1);
    // Well past SQLite's 1000-frame auto-checkpoint: the serving connection checkpoints again.
    for (let i = 1; i < 500; i++) await storage.append(board.id, update(i));
    expect(walBytes(dir)).toBeLessThan(walSizeOf(1100));
    await storage.close();
    storage = new SqliteStorage({ dataDir: dir, checkpointIntervalMs: 0 });
    expect((await storage.load(board.id)).updates).toHaveLength(500);
  });
});
