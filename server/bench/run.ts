import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { hasTaskset, serverDir, type InServerLatency, type TargetName } from './benchTargets';
import { fanoutPlan, runFanout, type FanoutRun } from './fanoutBench';
import { fanoutTable } from './benchReport';
import { roundsTable } from './roundsReport';

/**
 * `pnpm bench` (server part): builds the server bundle, then runs every fan-out load against
 * Gapboard, the reference `@y/websocket-server` and the null relay in turn, then the cold-load
 * bench, and prints Markdown tables. `--quick` shortens the write windows; `--only=fanout` or
 * `--only=cold` runs one part; `--targets=gapboard,reference` picks servers; `--no-build` keeps
 * the existing bundle (GAPBOARD_BENCH_SERVER=<file> benches another bundle, e.g. an older build).
 * `--rounds=N` repeats the fan-out loads N times, alternating the targets' order, and adds the
 * per-round Gapboard/reference ratios with their median (the tables above it show the last round).
 */
/** The run line's server-internal latency part (BENCH_SERVER_LATENCY=1). */
function inServerText(latency: InServerLatency | null): string {
  if (!latency) return '';
  const ms = (v: number) => v.toFixed(3);
  return `; in-server first peer p50 ${ms(latency.firstP50)} / p99 ${ms(latency.firstP99)} ms, last peer p50 ${ms(latency.lastP50)} / p99 ${ms(latency.lastP99)} ms (${latency.writes} writes)`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, [join(serverDir, 'build.mjs')], { cwd: serverDir, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('server build failed');
  }
  const targets = (args.find((a) => a.startsWith('--targets='))?.slice('--targets='.length).split(',') ?? ['gapboard', 'reference', 'null']) as TargetName[];
  log(`# Gapboard server benches${quick ? ' (quick)' : ''}`);
  log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (${cpus().length} cores)`);
  log(`node ${process.version}, ${hasTaskset ? 'server pinned to core 0, load to core 1 (taskset)' : 'no taskset: processes not pinned'}`);

  if (!only || only === 'fanout') {
    const plan = fanoutPlan(quick);
    const rounds = Math.max(1, Number(args.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 1) || 1);
    const runsByRound: FanoutRun[][] = [];
    const scenarios = (args.find((a) => a.startsWith('--scenarios='))?.slice('--scenarios='.length).split(',') ?? ['one-board', 'many-boards']) as Array<'one-board' | 'many-boards'>;
    for (let round = 0; round < rounds; round++) {
      const runs: FanoutRun[] = [];
      runsByRound.push(runs);
      for (const scenario of scenarios) {
        for (const target of round % 2 ? [...targets].reverse() : targets) {
          log(`running ${scenario} against ${target}${rounds > 1 ? ` (round ${round + 1} of ${rounds})` : ''}…`);
          try {
            const run = await runFanout(target, plan, scenario, log);
            runs.push(run);
            const l = run.load.latency;
            log(`  → p50 ${l.p50.toFixed(2)} / p99 ${l.p99.toFixed(2)} / p99.9 ${l.p999.toFixed(2)} ms, delivered ${run.deliveredPct.toFixed(2)} %, server CPU ${(run.serverCpu * 100).toFixed(0)} %, loop p99 ${run.serverEventLoopP99Ms.toFixed(1)} ms (max ${run.serverEventLoopMaxMs.toFixed(0)} ms), GC ${run.serverGc.count} pauses, ${run.serverGc.totalMs.toFixed(0)} ms (max ${run.serverGc.maxMs.toFixed(1)} ms)${inServerText(run.inServer)}`);
          } catch (error) {
            log(`  → FAILED: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
    }
    log('');
    log(`load average after the fan-out runs: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    log(fanoutTable(runsByRound.at(-1)!, plan));
    if (rounds > 1) {
      log('');
      log(roundsTable(runsByRound));
    }
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
