import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_ENV, snapshotClientBuild } from './clientSnapshot';

const resultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes the output folders (`test-results/run-<pid>`) of runs whose process has ended. */
function removeStaleRuns(): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(resultsDir);
  } catch {
    return;
  }
  for (const name of entries) {
    const m = /^run-(\d+)$/.exec(name);
    if (m && !alive(Number(m[1]))) rmSync(join(resultsDir, name), { recursive: true, force: true });
  }
}

/**
 * Takes one consistent copy of the built client for the whole run (see clientSnapshot.ts) and
 * returns the teardown that removes it. Workers inherit the environment variable.
 */
export default async function globalSetup(): Promise<() => void> {
  removeStaleRuns();
  const dir = await snapshotClientBuild();
  process.env[SNAPSHOT_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
