// Preloaded (`node --import`) into every server under test, so event-loop delay is measured
// the same way in Gapboard, the reference server and the null relay. The bench runner talks to
// it over the IPC channel: {type:'eld-reset'} starts a window, {type:'eld-read'} answers with the
// window's figures (milliseconds), with the garbage collector's pauses in the window (a pause
// stops the event loop, so it shows in every delivery latency of its moment), and with
// BENCH_SERVER_LATENCY=1 the server-internal latency of the window's writes
// (serverLatencyPreload.mjs). Nothing happens without an IPC channel.
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { startServerLatency } from './serverLatencyPreload.mjs';

if (typeof process.send === 'function') {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const latency = process.env.BENCH_SERVER_LATENCY === '1' ? startServerLatency() : null;
  let gc = { count: 0, totalMs: 0, maxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      if (process.env.BENCH_GC_LOG) appendFileSync(process.env.BENCH_GC_LOG, `${process.pid} ${Math.round(performance.now())} kind ${entry.detail?.kind} ${entry.duration.toFixed(1)} ms heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB\n`);
    }
  }).observe({ entryTypes: ['gc'] });
  process.on('message', (message) => {
    if (!message || typeof message !== 'object') return;
    if (message.type === 'eld-reset') {
      histogram.reset();
      gc = { count: 0, totalMs: 0, maxMs: 0 };
      latency?.reset();
      process.send({ type: 'eld-reset-done' });
    } else if (message.type === 'eld-read') {
      process.send({
        type: 'eld',
        p50: histogram.percentile(50) / 1e6,
        p99: histogram.percentile(99) / 1e6,
        max: histogram.max / 1e6,
        rss: process.memoryUsage().rss,
        gcCount: gc.count,
        gcTotalMs: gc.totalMs,
        gcMaxMs: gc.maxMs,
        inServer: latency ? latency.read() : null,
      });
    }
  });
  // The channel must not keep a server alive that would otherwise exit.
  process.channel?.unref();
}
