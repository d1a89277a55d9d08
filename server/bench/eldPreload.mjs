// Preloaded (`node --import`) into every server under test, so event-loop delay is measured
// the same way in Gapboard, the reference server and the null relay. The bench runner talks to
// it over the IPC channel: {type:'eld-reset'} starts a window, {type:'eld-read'} answers with the
// window's figures (milliseconds). Nothing happens without an IPC channel.
import { monitorEventLoopDelay } from 'node:perf_hooks';

if (typeof process.send === 'function') {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  process.on('message', (message) => {
    if (!message || typeof message !== 'object') return;
    if (message.type === 'eld-reset') {
      histogram.reset();
      process.send({ type: 'eld-reset-done' });
    } else if (message.type === 'eld-read') {
      process.send({
        type: 'eld',
        p50: histogram.percentile(50) / 1e6,
        p99: histogram.percentile(99) / 1e6,
        max: histogram.max / 1e6,
        rss: process.memoryUsage().rss,
      });
    }
  });
  // The channel must not keep a server alive that would otherwise exit.
  process.channel?.unref();
}
