import { rmSync } from 'node:fs';
import { SNAPSHOT_ENV, snapshotClientBuild } from './clientSnapshot';

/**
 * Takes one consistent copy of the built client for the whole run (see clientSnapshot.ts) and
 * returns the teardown that removes it. Workers inherit the environment variable.
 */
export default async function globalSetup(): Promise<() => void> {
  const dir = await snapshotClientBuild();
  process.env[SNAPSHOT_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
