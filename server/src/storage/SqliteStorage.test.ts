import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStorage } from './SqliteStorage';
import { describeStorageContract } from './storageContract';
import type { BoardStorage } from './BoardStorage';

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
