import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hasTaskset, serverDir } from './benchTargets';
import { fanoutPlan, runFanout, type FanoutRun } from './fanoutBench';
import { fanoutTable } from './benchReport';

/**
 * `pnpm bench` (server part): builds the server bundle, then runs every fan-out load against
 * Gapboard, the reference `@y/websocket-server` and the null relay in turn, then the cold-load
 * bench, and prints Markdown tables. `--quick` shortens the write windows; `--only=fanout` or
 * `--only=cold` runs one part.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  const build = spawnSync(process.execPath, [join(serverDir, 'build.mjs')], { cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('server build failed');
  log(`# Gapboard server benches${quick ? ' (quick)' : ''}`);
  log(`node ${process.version}, ${hasTaskset ? 'server pinned to core 0, load to core 1 (taskset)' : 'no taskset: processes not pinned'}`);

  if (!only || only === 'fanout') {
    const plan = fanoutPlan(quick);
    const runs: FanoutRun[] = [];
    for (const scenario of ['one-board', 'many-boards'] as const) {
      for (const target of ['gapboard', 'reference', 'null'] as const) {
        log(`running ${scenario} against ${target}…`);
        runs.push(await runFanout(target, plan, scenario, log));
      }
    }
    log('');
    log(fanoutTable(runs, plan));
  }
  if (!only || only === "cold") {
    const { runColdLoad, coldTable } = await import('./coldLoadBench');
    const results = await runColdLoad(quick, log);
    log('');
    log(coldTable(results));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
