import type { Page } from 'playwright-core';

/** Frame figures while a sticky is dragged (milliseconds). */
export interface DragFrames {
  frames: number;
  /** Main-thread work per frame: rAF callback start → first task after the frame (rendering included). */
  workP50: number;
  workP95: number;
  workMax: number;
  /** Intervals between animation frames (bounded below by vsync, 16.7 ms at 60 Hz). */
  intervalP50: number;
  intervalP95: number;
  longFrames: number;
  /** Whether the dragged sticky's position changed in the document (the drag really happened). */
  moved: boolean;
}

interface PageStats {
  work: number[];
  intervals: number[];
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]! : Number.NaN;
};

/**
 * Drags one visible sticky in a slow circle (~2 s of pointer moves, one per ~16 ms) while the
 * page records, for every animation frame, the time from its first rAF callback to the first
 * task after it (MessageChannel): that span holds the frame's rAF callbacks (Konva draws there),
 * style, layout and paint. The rAF interval alone is capped by vsync, so it is reported apart.
 */
export async function measureDragFrames(page: Page, expectedStickies: number): Promise<DragFrames> {
  // Wait until the board's stickies are on the stage, then pick a draggable one near the middle.
  const target = await page.waitForFunction(
    (expected) => {
      type Node = {
        draggable(): boolean;
        getClassName(): string;
        getClientRect(): { x: number; y: number; width: number; height: number };
        id(): string;
      };
      type Stage = { find(fn: (n: Node) => boolean): Node[]; container(): HTMLElement; width(): number; height(): number };
      const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
      const stage = konva?.stages[0];
      if (!stage) return null;
      const groups = stage.find((n) => n.getClassName() === 'Group' && n.draggable());
      if (groups.length < Math.min(expected, 50)) return null;
      const box = stage.container().getBoundingClientRect();
      const cx = stage.width() / 2;
      const cy = stage.height() / 2;
      let best: { x: number; y: number; d: number; count: number } | null = null;
      for (const g of groups) {
        const r = g.getClientRect();
        if (r.width < 8 || r.height < 8) continue;
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        if (x < 0 || y < 0 || x > stage.width() || y > stage.height()) continue;
        const d = Math.hypot(x - cx, y - cy);
        if (!best || d < best.d) best = { x: box.x + x, y: box.y + y, d, count: groups.length };
      }
      return best;
    },
    expectedStickies,
    { timeout: 60_000, polling: 200 },
  );
  const start = (await target.jsonValue()) as { x: number; y: number; count: number };
  const before = await stickyPositions(page);

  await page.evaluate(() => {
    const w = window as unknown as { __frameStats: PageStats & { running: boolean } };
    w.__frameStats = { work: [], intervals: [], running: true };
    const channel = new MessageChannel();
    let frameStart = 0;
    let last = 0;
    channel.port1.onmessage = () => {
      w.__frameStats.work.push(performance.now() - frameStart);
    };
    const loop = (t: number) => {
      if (!w.__frameStats.running) return;
      frameStart = performance.now();
      if (last) w.__frameStats.intervals.push(t - last);
      last = t;
      channel.port2.postMessage(null);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    await page.mouse.move(start.x + 120 * Math.sin(a), start.y + 80 * (1 - Math.cos(a)) + i * 0.5);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);

  const stats = await page.evaluate(() => {
    const w = window as unknown as { __frameStats: PageStats & { running: boolean } };
    w.__frameStats.running = false;
    return { work: w.__frameStats.work, intervals: w.__frameStats.intervals };
  });
  const after = await stickyPositions(page);
  const moved = before !== null && after !== null && before !== after;
  return {
    frames: stats.work.length,
    workP50: pct(stats.work, 50),
    workP95: pct(stats.work, 95),
    workMax: Math.max(...stats.work),
    intervalP50: pct(stats.intervals, 50),
    intervalP95: pct(stats.intervals, 95),
    longFrames: stats.intervals.filter((x) => x > 25).length,
    moved,
  };
}

/** A fingerprint of every sticky's position in the rendered stage. */
async function stickyPositions(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    type Node = { draggable(): boolean; getClassName(): string; x(): number; y(): number };
    const konva = (window as unknown as { Konva?: { stages: Array<{ find(fn: (n: Node) => boolean): Node[] }> } }).Konva;
    const stage = konva?.stages[0];
    if (!stage) return null;
    return stage
      .find((n) => n.getClassName() === 'Group' && n.draggable())
      .map((n) => `${Math.round(n.x())},${Math.round(n.y())}`)
      .sort()
      .join(';');
  });
}
