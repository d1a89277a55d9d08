import type { FanoutRun } from './fanoutBench';
import type { TargetName } from './benchTargets';
import { ms } from './benchStats';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The pairs compared round by round: Gapboard against the reference, and a candidate build against both. */
const pairs: { of: TargetName; to: TargetName; label: string }[] = [
  { of: 'gapboard', to: 'reference', label: 'Gapboard / reference' },
  { of: 'candidate', to: 'reference', label: 'candidate / reference' },
  { of: 'candidate', to: 'gapboard', label: 'candidate / Gapboard' },
];

/**
 * Paired ratios, round by round (`--rounds=N`): on this shared machine a single run's small
 * difference is mostly noise, so each round runs the targets back to back (the order
 * alternating) and the verdict is the median of the per-round ratios.
 */
export function roundsTable(rounds: FanoutRun[][]): string {
  const lines = ['| round | scenario | pair | p50 ms | p99 ms | ratio p50 | ratio p99 |', '|---|---|---|---|---|---|---|'];
  const ratios = new Map<string, { p50: number[]; p99: number[] }>();
  rounds.forEach((runs, i) => {
    for (const pair of pairs) {
      for (const a of runs.filter((r) => r.target === pair.of)) {
        const b = runs.find((r) => r.target === pair.to && r.scenario === a.scenario);
        if (!b) continue;
        const p50 = a.load.latency.p50 / b.load.latency.p50;
        const p99 = a.load.latency.p99 / b.load.latency.p99;
        const key = `| ${a.scenario} | ${pair.label}`;
        const entry = ratios.get(key) ?? { p50: [], p99: [] };
        entry.p50.push(p50);
        entry.p99.push(p99);
        ratios.set(key, entry);
        lines.push(
          `| ${i + 1} ${key} | ${ms(a.load.latency.p50)} / ${ms(b.load.latency.p50)} | ${ms(a.load.latency.p99)} / ${ms(b.load.latency.p99)} | ${p50.toFixed(2)}× | ${p99.toFixed(2)}× |`,
        );
      }
    }
  });
  for (const [key, r] of ratios) {
    lines.push(`| median of ${r.p50.length} ${key} | | | **${median(r.p50).toFixed(2)}×** | **${median(r.p99).toFixed(2)}×** |`);
  }
  return lines.join('\n');
}
