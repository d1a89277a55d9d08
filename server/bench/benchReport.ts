import { ms, ratio } from './benchStats';
import type { FanoutPlan, FanoutRun } from './fanoutBench';

const kib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : '–');
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : '–');

/** The fan-out results as a Markdown table, with Gapboard's ratios to the reference and the floor. */
export function fanoutTable(runs: FanoutRun[], plan: FanoutPlan): string {
  const lines = [
    '| load | server | p50 ms | p99 ms | p99.9 ms | delivered | server CPU | event-loop p99 ms | RSS end | RSS / idle conn | RSS / board | load gen. loop p99 ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const describe = (scenario: FanoutRun['scenario']) =>
    scenario === 'one-board'
      ? `1a: 1 board, ${plan.oneBoard.liveClients} live + ${plan.oneBoard.listeners} listening, ${plan.oneBoard.writers} writers × ${plan.oneBoard.rateHz} Hz, ${plan.oneBoard.durationS} s`
      : `1b: ${plan.manyBoards.boards} boards × ${plan.manyBoards.clientsPerBoard} clients, ${plan.manyBoards.rateHz} write/s/board, ${plan.manyBoards.durationS} s`;
  for (const run of runs) {
    lines.push(
      `| ${describe(run.scenario)} | ${run.target} | ${ms(run.load.latency.p50)} | ${ms(run.load.latency.p99)} | ${ms(run.load.latency.p999)} | ` +
        `${run.deliveredPct.toFixed(2)} % | ${(run.serverCpu * 100).toFixed(0)} % | ${ms(run.serverEventLoopP99Ms)} | ${mib(run.rssBytes)} | ` +
        `${kib(run.rssPerConnection)} | ${kib(run.rssPerBoard)} | ${ms(run.load.loadEventLoopP99Ms)} |`,
    );
  }
  lines.push('', '| load | Gapboard / reference p50 | Gapboard / reference p99 | Gapboard / null p50 | Gapboard / null p99 | targets |', '|---|---|---|---|---|---|');
  for (const scenario of ['one-board', 'many-boards'] as const) {
    const get = (t: FanoutRun['target']) => runs.find((r) => r.scenario === scenario && r.target === t);
    const g = get('gapboard');
    const r = get('reference');
    const n = get('null');
    if (!g || !r || !n) continue;
    const meets = g.load.latency.p50 <= r.load.latency.p50 && g.load.latency.p99 <= r.load.latency.p99;
    const stretch = g.load.latency.p50 <= 1.5 * n.load.latency.p50;
    lines.push(
      `| ${scenario === 'one-board' ? '1a' : '1b'} | ${ratio(g.load.latency.p50, r.load.latency.p50)} | ${ratio(g.load.latency.p99, r.load.latency.p99)} | ` +
        `${ratio(g.load.latency.p50, n.load.latency.p50)} | ${ratio(g.load.latency.p99, n.load.latency.p99)} | ` +
        `${meets ? 'p50 & p99 ≤ reference: met' : 'p50 & p99 ≤ reference: MISSED'}; ${stretch ? 'stretch (p50 ≤ 1.5× null): met' : 'stretch (p50 ≤ 1.5× null): missed'} |`,
    );
  }
  return lines.join('\n');
}
