/**
 * Benchmark (not a test) of the full analysis recompute the client runs on every document
 * change. Run: `cd shared && pnpm bench`. Prints a markdown table of median / p95 ms per
 * recompute. Target: median <= 1 ms for 1,000 comms.
 */
import { performance } from 'node:perf_hooks';
import type { Action, Board, Channel, Comm, Sticky } from '../model/entities';
import { rootCauseCategories } from '../model/entities';
import { analyzeBoard } from '../analysis/analyzeBoard';
import { analysisToJson } from '../analysis/analysisToJson';

const START = Date.parse('2026-03-04T09:00:00Z');
const MIN = 60_000;

/** Deterministic PRNG (mulberry32) so every run measures the same boards. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An incident with `commCount` comms on 8 channels: updates every ~3–40 minutes, each sent on
 * 1–3 channels within a few seconds (so the 60 s merge matters), some comms outside the window;
 * 500 issue stickies over 20 root causes written with varying case and spacing; 5 actions.
 */
function makeBoard(commCount: number, shuffled: boolean): Board {
  const random = rng(commCount);
  const channels: Channel[] = Array.from({ length: 8 }, (_, i) => ({ id: `ch${i}`, name: `Channel ${i}` }));
  const comms: Comm[] = [];
  let t = START + 5 * MIN;
  while (comms.length < commCount) {
    const copies = 1 + Math.floor(random() * 3);
    for (let k = 0; k < copies && comms.length < commCount; k++) {
      comms.push({
        id: `m${comms.length}`,
        channelId: `ch${Math.floor(random() * 8)}`,
        at: t + Math.floor(random() * 40_000),
        sender: 'Ana',
        summary: 'Still investigating; next update in 30 minutes.',
      });
    }
    t += Math.floor((3 + random() * 37) * MIN);
  }
  const end = t - 10 * MIN; // a few comms fall after the resolution
  if (shuffled) {
    for (let i = comms.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [comms[i], comms[j]] = [comms[j]!, comms[i]!];
    }
  } else {
    comms.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const causes = Array.from({ length: 20 }, (_, i) => `Root cause number ${i} of the comms process`);
  const stickies: Sticky[] = Array.from({ length: 500 }, (_, i) => {
    const cause = causes[Math.floor(random() * causes.length)]!;
    return {
      id: `s${i}`,
      kind: 'issue',
      text: `Issue ${i}`,
      x: random() * 2000,
      y: random() * 1000,
      rootCause: random() < 0.5 ? cause : `  ${cause.toUpperCase().replace(/ /g, '  ')} `,
      category: rootCauseCategories[Math.floor(random() * rootCauseCategories.length)]!,
      at: START + Math.floor(random() * (end - START)),
    };
  });
  const actions: Action[] = Array.from({ length: 5 }, (_, i) => ({
    id: `a${i}`,
    text: `Action ${i}`,
    owner: i === 4 ? '' : 'Ana',
    due: i === 3 ? '' : '2026-12-01',
  }));
  return {
    meta: { title: 'Bench', startedAt: START, resolvedAt: end, cadenceMinutes: 30, customerImpact: '' },
    channels,
    comms,
    stickies,
    actions,
    annotations: [],
  };
}

interface Row {
  label: string;
  median: number;
  p95: number;
  runs: number;
}

function measure(label: string, fn: () => unknown, runs: number): Row {
  const warmup = Math.max(50, Math.floor(runs / 5));
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn() === undefined ? 0 : 1;
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += fn() === undefined ? 0 : 1;
    samples[i] = performance.now() - t0;
  }
  if (sink < 0) console.log(sink); // keeps the calls observable
  samples.sort();
  return {
    label,
    median: samples[Math.floor(runs / 2)]!,
    p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))]!,
    runs,
  };
}

const NOW = Date.parse('2026-03-20T00:00:00Z');
const rows: Row[] = [];
for (const [count, runs] of [
  [1_000, 2_000],
  [10_000, 300],
] as const) {
  for (const shuffled of [false, true]) {
    const board = makeBoard(count, shuffled);
    const order = shuffled ? 'shuffled comms' : 'comms in time order (as readBoard gives)';
    rows.push(measure(`analyzeBoard, ${count.toLocaleString('en')} comms, ${order}`, () => analyzeBoard(board, { now: NOW }), runs));
  }
  const board = makeBoard(count, false);
  rows.push(
    measure(
      `analyzeBoard + analysisToJson, ${count.toLocaleString('en')} comms`,
      () => analysisToJson(analyzeBoard(board, { now: NOW })),
      runs,
    ),
  );
}

const sample = analyzeBoard(makeBoard(1_000, false), { now: NOW });
console.log(
  `Board: 8 channels, 500 issue stickies (20 root causes, 6 categories), 5 actions; 1,000-comm board → ` +
    `${sample.moments.length} moments, ${sample.intervals.length} intervals, ${sample.gaps.length} gaps, ` +
    `${sample.warnings.length} warnings. Node ${process.version}.\n`,
);
console.log('| case | runs | median ms | p95 ms |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.label} | ${r.runs} | ${r.median.toFixed(3)} | ${r.p95.toFixed(3)} |`);
const target = rows[0]!;
console.log(`\nTarget (median <= 1 ms, 1,000 comms): ${target.median <= 1 ? 'met' : 'MISSED'} (${target.median.toFixed(3)} ms)`);
