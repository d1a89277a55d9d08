/**
 * Before/after of "board page → first drawn canvas" for two client builds, interleaved in one
 * run so both see the same machine load: `npx tsx bench/firstCanvasAb.ts <before-dist> <after-dist> [pairs=10]`.
 * Each pair opens the example board once on each build (order alternating), in a fresh context.
 * Reports the medians of the `gapboard:first-canvas` mark and of the renderer process's CPU
 * time up to it (less sensitive to a busy machine than wall time), and the after/before ratios.
 */
import { loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { exampleBoardFile } from '@gapboard/shared';
import type { GapboardServer } from '../support/gapboardServer';
import { withAbRig } from './abRig';


interface Sample {
  firstCanvasMs: number;
  rendererCpuMs: number;
}

async function openExample(server: GapboardServer): Promise<string> {
  const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(exampleBoardFile) });
  if (res.status !== 201) throw new Error(`POST /api/boards → ${res.status}`);
  return `${server.url}/b/${((await res.json()) as { id: string }).id}`;
}

async function sample(browser: Browser, url: string): Promise<Sample> {
  const cdp = await browser.newBrowserCDPSession();
  const rendererCpu = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
    return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime]));
  };
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: "try { localStorage.setItem('gapboard.name', 'Bench') } catch {}" });
    const before = await rendererCpu();
    await page.goto(url);
    const mark = await page.waitForFunction(() => performance.getEntriesByName('gapboard:first-canvas')[0]?.startTime, undefined, { timeout: 30_000, polling: 20 });
    const firstCanvasMs = Math.round((await mark.jsonValue()) as number);
    let cpu = 0; // the fresh context's renderer is the one that grew most
    for (const [id, t] of await rendererCpu()) cpu = Math.max(cpu, t - (before.get(id) ?? 0));
    return { firstCanvasMs, rendererCpuMs: Math.round(cpu * 1000) };
  } finally {
    await context.close();
    await cdp.detach();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const [beforeDir, afterDir, pairsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!beforeDir || !afterDir) throw new Error('usage: firstCanvasAb.ts <before-dist> <after-dist> [pairs]');
  const pairs = Number(pairsArg ?? 10);
  await withAbRig({ before: beforeDir, after: afterDir }, {}, async ({ servers, browser }) => {
    const urls = { before: await openExample(servers.before), after: await openExample(servers.after) };
    const samples: Record<'before' | 'after', Sample[]> = { before: [], after: [] };
    const load = () => loadavg()[0]!.toFixed(1);
    process.stdout.write(`load average at start: ${load()}\n`);
    for (let i = 0; i < pairs; i++) {
      const order: Array<'before' | 'after'> = i % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
      for (const which of order) samples[which].push(await sample(browser, urls[which]));
    }
    process.stdout.write(`load average at end: ${load()}\n\n| build | first canvas median ms | renderer CPU median ms | all first-canvas ms |\n|---|---|---|---|\n`);
    for (const which of ['before', 'after'] as const) {
      const s = samples[which];
      process.stdout.write(`| ${which} | ${median(s.map((x) => x.firstCanvasMs))} | ${median(s.map((x) => x.rendererCpuMs))} | ${s.map((x) => x.firstCanvasMs).join(', ')} |\n`);
    }
    const ratio = (f: (s: Sample) => number) => (median(samples.after.map(f)) / median(samples.before.map(f))).toFixed(2);
    process.stdout.write(`\nafter / before: first canvas ${ratio((s) => s.firstCanvasMs)}×, renderer CPU ${ratio((s) => s.rendererCpuMs)}×\n`);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
