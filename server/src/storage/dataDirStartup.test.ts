import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { connectPeer, startTestServer, waitFor, type TestPeer } from '../testing/testServer.testHelper';
import { nodeWithTsx, serverDir, startServerChild } from '../testing/serverChild.testHelper';
import { makeConfig } from '../config';
import { buildApp } from '../app';

/** Runs `src/server.ts` with `env` until it exits; a start that fails must exit on its own. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const [file, ...args] = nodeWithTsx;
  const child = spawn(file!, args, { cwd: serverDir, env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    }),
  );
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'gapboard-startup-'));

describe('opening the SQLite data directory at start', () => {
  const children: ChildProcess[] = [];
  const peers: TestPeer[] = [];
  afterEach(() => {
    for (const p of peers.splice(0)) p.destroy();
    for (const c of children.splice(0)) c.kill('SIGKILL');
  });

  it('refuses a second server on a DATA_DIR another one serves, which carries on; a killed server leaves no stale lock', async () => {
    const dataDir = tempDir();
    const first = await startServerChild({ PORT: '0', DATA_DIR: dataDir });
    children.push(first.child);

    const second = await runServer({ DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `gapboard server failed to start: could not open the SQLite storage in DATA_DIR (${dataDir}): another Gapboard process is already serving this DATA_DIR; one process serves a data directory: stop the other one, or give this one another DATA_DIR (several instances share boards through DATABASE_URL and REDIS_URL)\n`,
    );

    const res = await fetch(`http://127.0.0.1:${first.port}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const { id } = (await res.json()) as { id: string };
    const a = connectPeer(`ws://127.0.0.1:${first.port}/yjs`, id);
    const b = connectPeer(`ws://127.0.0.1:${first.port}/yjs`, id);
    peers.push(a, b);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('meta').set('title', 'First server still serves');
    await waitFor(() => b.doc.getMap('meta').get('title') === 'First server still serves', 'edit relayed');

    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;
    const next = await startServerChild({ PORT: '0', DATA_DIR: dataDir });
    children.push(next.child);
    expect((await fetch(`http://127.0.0.1:${next.port}/api/boards/${id}`)).status).toBe(200);
  });

  it('refuses a second app on the same DATA_DIR in one process too, and frees it on close', async () => {
    const server = await startTestServer();
    const config = makeConfig({ DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' });
    await expect(buildApp(config)).rejects.toThrow(/another Gapboard process is already serving this DATA_DIR/);
    await server.close();
    const again = await buildApp(config);
    await again.close();
  });

  it('explains a file that is not a database, and a DATA_DIR that is not a folder, in one line', async () => {
    const damaged = tempDir();
    writeFileSync(join(damaged, 'gapboard.sqlite'), 'these are not the pages you are looking for\n'.repeat(200));
    const notADatabase = await runServer({ DATA_DIR: damaged });
    expect(notADatabase.code).toBe(1);
    expect(notADatabase.stderr).toMatch(
      new RegExp(`^gapboard server failed to start: could not open the SQLite storage in DATA_DIR \\(${damaged}\\): ${damaged}/gapboard.sqlite is not a SQLite database \\(file is not a database\\); restore it from a backup, or move it away to start with no boards\\n$`),
    );

    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const notAFolder = await runServer({ DATA_DIR: file });
    expect(notAFolder.code).toBe(1);
    expect(notAFolder.stderr).toMatch(/^gapboard server failed to start: could not open the SQLite storage in DATA_DIR \(.*a-file\): it is not a folder \(EEXIST: file already exists, mkdir '.*a-file'\); choose a folder for DATA_DIR\n$/);
  });
});
