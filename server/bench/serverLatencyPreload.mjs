// Server-internal delivery latency, measured the same way inside every server under test (loaded
// by eldPreload.mjs when BENCH_SERVER_LATENCY=1): from the moment `ws` hands the server a frame
// holding a bench stamp (`GBT|<write>|…`, see stamps.ts) to the server's first and last socket
// write carrying that stamp (the first and the last peer sent the write). Unlike the load
// generator's figures, these leave out the load generator, the kernel and the loopback: what is
// left is the server's own path (parsing, storing, relaying) and its pauses. Off by default: it
// scans every frame in and out.
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import net from 'node:net';

const MARKER = Buffer.from('GBT|');

/** The write indexes stamped in `bytes`. */
function stampsIn(bytes) {
  const found = [];
  let at = bytes.indexOf(MARKER);
  while (at !== -1) {
    const end = bytes.indexOf(124, at + 4); // '|'
    if (end === -1) break;
    found.push(bytes.toString('latin1', at + 4, end));
    at = bytes.indexOf(MARKER, end);
  }
  return found;
}

function asBuffer(data) {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/**
 * Hooks the `ws` that the server's main module resolves (its message events) and every TCP
 * socket write; returns reset (starts a window) and read (the window's figures, in ms).
 */
export function startServerLatency() {
  const ws = createRequire(realpathSync(process.argv[1]))('ws');
  let received = new Map();
  let firstSent = new Map();
  let lastSent = new Map();

  const emit = ws.prototype.emit;
  ws.prototype.emit = function (event, ...args) {
    if (event === 'message') {
      const now = performance.now();
      for (const stamp of stampsIn(asBuffer(args[0]))) if (!received.has(stamp)) received.set(stamp, now);
    }
    return emit.call(this, event, ...args);
  };
  const write = net.Socket.prototype.write;
  net.Socket.prototype.write = function (chunk, ...rest) {
    if (chunk && typeof chunk !== 'string' && chunk.length > 8) {
      const now = performance.now();
      for (const stamp of stampsIn(asBuffer(chunk))) {
        if (!firstSent.has(stamp)) firstSent.set(stamp, now);
        lastSent.set(stamp, now);
      }
    }
    return write.call(this, chunk, ...rest);
  };

  return {
    reset() {
      received = new Map();
      firstSent = new Map();
      lastSent = new Map();
    },
    read() {
      const first = [];
      const last = [];
      for (const [stamp, at] of received) {
        if (!firstSent.has(stamp)) continue;
        first.push(firstSent.get(stamp) - at);
        last.push(lastSent.get(stamp) - at);
      }
      return {
        writes: first.length,
        firstP50: percentile(first, 0.5),
        firstP99: percentile(first, 0.99),
        lastP50: percentile(last, 0.5),
        lastP99: percentile(last, 0.99),
      };
    },
  };
}
