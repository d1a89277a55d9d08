/**
 * Before/after of the whole-board PNG export at 2× for two client builds, interleaved in one run
 * so both see the same machine load:
 *   npx tsx bench/exportAb.ts <before-dist> <after-dist> [runs=5] [--profile=<file.cpuprofile>] [--no-pixels]
 * Boards: the 1,000-sticky bench board and the example board, one page per build and board.
 * Reports medians of Export PNG click → download, the exporter's layout/draw/encode split and the
 * file sizes. Unless --no-pixels, decodes both builds' PNGs (node:zlib) and requires identical
 * pixels (--example-only: the small board alone). --profile writes a CPU profile of the page's main thread for one "after" export per board.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { exampleBoardFile } from '@gapboard/shared';
import { boardWithStickies } from './stickyBoard';
import type { GapboardServer } from '../support/gapboardServer';
import { withAbRig } from './abRig';
import { decodePngPixels } from '../support/decodePng';

type Build = 'before' | 'after';
type Split = Record<'layout' | 'draw' | 'encode', number> | null;
interface Sample {
  ms: number;
  bytes: number;
  split: Split;
  png: Buffer;
  /** The exporter fell back from its fast path (performance mark gapboard:export-fallback). */
  fellBack: boolean;
  /** Strip count and edges that had to cut a curve (mark gapboard:export-strips), if the build sets it. */
  strips: { strips: number; inexact: number } | undefined;
}

async function openBoard(browser: Browser, server: GapboardServer, file: object): Promise<Page> {
  const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(file) });
  if (res.status !== 201) throw new Error(`POST /api/boards → ${res.status}`);
  const id = ((await res.json()) as { id: string }).id;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with `__name(...)`.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript({ content: "try { localStorage.setItem('gapboard.name', 'Bench') } catch {}" });
  page.on('console', (msg) => {
    if (msg.type() === 'error') process.stdout.write(`console error: ${msg.text()}\n`);
  });
  page.on('pageerror', (err) => process.stdout.write(`page error: ${err.message}\n`));
  await page.goto(`${server.url}/b/${id}`);
  await page.waitForFunction(() => performance.getEntriesByName('gapboard:first-canvas')[0] !== undefined, undefined, { timeout: 30_000, polling: 50 });
  await page.getByTestId('export-png').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForTimeout(500); // the board document settles
  return page;
}

async function exportOnce(page: Page): Promise<Sample> {
  await page.evaluate(() => {
    performance.clearMeasures();
    performance.clearMarks();
  });
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-png').click()]);
  const ms = Date.now() - started;
  const png = readFileSync(await download.path());
  const split = await page.evaluate(() => {
    const get = (name: string) => performance.getEntriesByName(`gapboard:export-${name}`, 'measure')[0]?.duration;
    const [layout, draw, encode] = [get('layout'), get('draw'), get('encode')];
    return layout === undefined || draw === undefined || encode === undefined ? null : { layout, draw, encode };
  });
  const fellBack = await page.evaluate(() => performance.getEntriesByName('gapboard:export-fallback').length > 0);
  const strips = await page.evaluate(() => (performance.getEntriesByName('gapboard:export-strips')[0] as PerformanceMark | undefined)?.detail as { strips: number; inexact: number } | undefined);
  // The button is back once the export finished (and its progress cleared).
  await page.getByTestId('export-png').filter({ hasText: 'Export PNG' }).waitFor({ timeout: 30_000 });
  return { ms, bytes: png.byteLength, split, png, fellBack, strips };
}

async function profiledExport(page: Page, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await exportOnce(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
  writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
  process.stdout.write(`profile written to ${file}\n`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const splitText = (samples: Sample[]) => {
  const known = samples.map((s) => s.split).filter((s): s is NonNullable<Split> => s !== null);
  if (known.length === 0) return 'n/a';
  const med = (k: 'layout' | 'draw' | 'encode') => median(known.map((s) => s[k])).toFixed(0);
  return `${med('layout')} / ${med('draw')} / ${med('encode')}`;
};

function samePixels(name: string, a: Buffer, b: Buffer): void {
  const pa = decodePngPixels(a);
  const pb = decodePngPixels(b);
  if (pa.width !== pb.width || pa.height !== pb.height) throw new Error(`${name}: sizes differ ${pa.width}×${pa.height} vs ${pb.width}×${pb.height}`);
  let differing = 0;
  let first = -1;
  for (let i = 0; i < pa.rgba.length; i++) {
    if (pa.rgba[i] !== pb.rgba[i]) {
      differing += 1;
      if (first < 0) first = i;
    }
  }
  const where = first < 0 ? '' : ` (first at x ${(first >> 2) % pa.width}, y ${Math.floor((first >> 2) / pa.width)})`;
  if (differing > 0 && process.env.EXPORT_AB_KEEP) {
    const base = `${process.env.EXPORT_AB_KEEP}-${name.replace(/[^a-z0-9]+/gi, '_')}`;
    writeFileSync(`${base}-before.png`, a);
    writeFileSync(`${base}-after.png`, b);
  }
  process.stdout.write(`${name}: ${pa.width}×${pa.height}, ${differing === 0 ? 'identical pixels' : `${differing} differing bytes${where}`}\n`);
  if (differing > 0) process.exitCode = 1;
}

async function main(): Promise<void> {
  const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const [beforeDir, afterDir, runsArg] = positional;
  if (!beforeDir || !afterDir) throw new Error('usage: exportAb.ts <before-dist> <after-dist> [runs]');
  const runs = Number(runsArg ?? 5);
  const profile = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
  await withAbRig({ before: beforeDir, after: afterDir }, { CREATE_RATE_PER_MINUTE: '100000' }, async ({ servers, browser }) => {
    process.stdout.write(`load average at start: ${loadavg()[0]!.toFixed(1)}\n`);
    const lines: string[] = ['| board | build | median ms | all ms | split layout / draw / encode (median ms) | PNG bytes |', '|---|---|---|---|---|---|'];
    const boards = [['1,000 stickies', boardWithStickies(1000)], ['example', exampleBoardFile]] as const;
    // --example-only: the small board alone (quick pixel checks).
    for (const [boardName, file] of boards.filter(([name]) => !process.argv.includes('--example-only') || name === 'example')) {
      const pages: Record<Build, Page> = { before: await openBoard(browser, servers.before, file), after: await openBoard(browser, servers.after, file) };
      const samples: Record<Build, Sample[]> = { before: [], after: [] };
      for (let i = 0; i < runs; i++) {
        const order: Build[] = i % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
        for (const which of order) {
          const s = await exportOnce(pages[which]);
          process.stdout.write(`${boardName} ${which}: ${s.ms} ms, ${s.bytes} bytes, split ${s.split ? `${s.split.layout.toFixed(0)}/${s.split.draw.toFixed(0)}/${s.split.encode.toFixed(0)}` : 'n/a'}${s.fellBack ? ' (FELL BACK)' : ''}${s.strips ? `, ${s.strips.strips} strips (${s.strips.inexact} inexact edges)` : ''}\n`);
          samples[which].push(i === 0 ? s : { ...s, png: Buffer.alloc(0) });
        }
      }
      for (const which of ['before', 'after'] as const) {
        const s = samples[which];
        lines.push(`| ${boardName} | ${which} | ${median(s.map((x) => x.ms))} | ${s.map((x) => x.ms).join(', ')} | ${splitText(s)} | ${s[0]!.bytes} |`);
      }
      if (!process.argv.includes('--no-pixels')) samePixels(boardName, samples.before[0]!.png, samples.after[0]!.png);
      if (profile) await profiledExport(pages.after, profile.replace(/(\.cpuprofile)?$/, `-${boardName.replace(/[^a-z0-9]+/gi, '_')}.cpuprofile`));
      await pages.before.context().close();
      await pages.after.context().close();
    }
    process.stdout.write(`load average at end: ${loadavg()[0]!.toFixed(1)}\n\n${lines.join('\n')}\n`);
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
