/** A throttled sender: at most one call per interval, and the last value always goes out. */
export interface Throttled<T> {
  (value: T): void;
  /** Drops a value waiting to go out (follow-me turned off, the page closing). */
  cancel(): void;
}

/**
 * Calls `send` at once when the last call was at least `intervalMs` ago, otherwise keeps the
 * newest value and sends it when the interval is up (trailing edge). A burst of changes (a pan,
 * two quick zoom steps) thus costs at most one message per interval and always ends with the
 * final value: without the trailing send, the last zoom step of a burst was never sent and
 * followers stayed on an older view.
 */
export function throttleTrailing<T>(send: (value: T) => void, intervalMs: number, now: () => number = () => performance.now()): Throttled<T> {
  let lastSent = -Infinity;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    lastSent = now();
    send(value);
  };

  const throttled = (value: T) => {
    pending = { value };
    if (timer !== null) return;
    const wait = lastSent + intervalMs - now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };
  throttled.cancel = () => {
    pending = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return throttled;
}
