import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../storage/SqliteStorage';
import { startServerChild } from '../testing/serverChild.testHelper';
import { connectPeer, waitFor, type TestPeer } from '../testing/testServer.testHelper';

/** Starts `src/server.ts` as a child process on a free port, storing in `dataDir`. */
function startChild(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  return startServerChild({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ROOM_IDLE_MS: '60000' });
}

describe('the server process: kill -9 and graceful stop', () => {
  const children: ChildProcess[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => {
    for (const p of peers.splice(0)) p.destroy();
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  });

  it('loses no edit that a peer had received when the server is killed', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gapboard-kill-'));
    const first = await startChild(dataDir);
    children.push(first.child);
    const res = await fetch(`http://127.0.0.1:${first.port}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { id } = (await res.json()) as { id: string };

    const yjsUrl = `ws://127.0.0.1:${first.port}/yjs`;
    const writer = connectPeer(yjsUrl, id);
    const watcher = connectPeer(yjsUrl, id);
    peers.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);
    // The moment the watcher has received the last edit, kill the server without warning
    // (synchronously, from the observer, so the server gets no time to catch up).
    let received: number[] = [];
    const exited = new Promise((r) => first.child.once('exit', r));
    watcher.doc.getMap('meta').observe(() => {
      if (watcher.doc.getMap('meta').get('title') !== 'Written just before the kill' || received.length) return;
      first.child.kill('SIGKILL');
      received = watcher.doc.getArray<number>('list').toArray();
    });
    const list = writer.doc.getArray<number>('list');
    for (let i = 0; i < 200; i++) list.push([i]);
    await waitFor(() => watcher.doc.getArray('list').length === 200, 'the bulk of edits');
    // A lone last edit: the kill lands within a millisecond or two of the server relaying it.
    writer.doc.getMap('meta').set('title', 'Written just before the kill');
    await waitFor(() => received.length > 0, 'the watcher receiving the last edit');
    writer.provider.disconnect();
    watcher.provider.disconnect();
    await exited;

    const second = await startChild(dataDir);
    children.push(second.child);
    const reader = connectPeer(`ws://127.0.0.1:${second.port}/yjs`, id);
    peers.push(reader);
    await reader.synced;
    await waitFor(() => reader.doc.getMap('meta').has('title'), 'state after restart');
    expect(reader.doc.getMap('meta').get('title')).toBe('Written just before the kill');
    expect(reader.doc.getArray<number>('list').toArray()).toEqual(received);
    expect(received).toHaveLength(200);
  });

  it('on SIGTERM stores every open board as a snapshot and exits cleanly', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gapboard-term-'));
    const { child, port } = await startChild(dataDir);
    children.push(child);
    const res = await fetch(`http://127.0.0.1:${port}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { id } = (await res.json()) as { id: string };
    const writer = connectPeer(`ws://127.0.0.1:${port}/yjs`, id);
    const watcher = connectPeer(`ws://127.0.0.1:${port}/yjs`, id);
    peers.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);
    writer.doc.getMap('meta').set('title', 'Stored on shutdown');
    await waitFor(() => watcher.doc.getMap('meta').get('title') === 'Stored on shutdown', 'the edit relayed');
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    const storage = new SqliteStorage({ dataDir });
    try {
      const stored = await storage.load(id);
      // The room was compacted on the way out: one snapshot, no log left to replay.
      expect(stored.updates).toHaveLength(0);
      expect(stored.snapshot).not.toBeNull();
    } finally {
      await storage.close();
    }
  });
});
