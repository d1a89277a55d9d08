import type { FanoutRun } from './fanoutBench';
import { ms } from './benchStats';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Gapboard against the reference, round by round (`--rounds=N`): on this shared machine a
 * single run's small difference is mostly noise, so each round pairs the two back to back (the
 * order alternating) and the verdict is the median of the per-round ratios.
 */
export function roundsTable(rounds: FanoutRun[][]): string {
  const lines = [
    '| round | scenario | Gapboard p50 / p99 ms | reference p50 / p99 ms | G/ref p50 | G/ref p99 |',
    '|---|---|---|---|---|---|',
  ];
  const ratios = new Map<string, { p50: number[]; p99: number[] }>();
  rounds.forEach((runs, i) => {
    for (const g of runs.filter((r) => r.target === 'gapboard')) {
      const ref = runs.find((r) => r.target === 'reference' && r.scenario === g.scenario);
      if (!ref) continue;
      const p50 = g.load.latency.p50 / ref.load.latency.p50;
      const p99 = g.load.latency.p99 / ref.load.latency.p99;
      const entry = ratios.get(g.scenario) ?? { p50: [], p99: [] };
      entry.p50.push(p50);
      entry.p99.push(p99);
      ratios.set(g.scenario, entry);
      lines.push(
        `| ${i + 1} | ${g.scenario} | ${ms(g.load.latency.p50)} / ${ms(g.load.latency.p99)} | ${ms(ref.load.latency.p50)} / ${ms(ref.load.latency.p99)} | ${p50.toFixed(2)}× | ${p99.toFixed(2)}× |`,
      );
    }
  });
  for (const [scenario, r] of ratios) {
    lines.push(`| median of ${r.p50.length} | ${scenario} | | | **${median(r.p50).toFixed(2)}×** | **${median(r.p99).toFixed(2)}×** |`);
  }
  return lines.join('\n');
}
