import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleTrailing } from './throttleTrailing';

describe('throttleTrailing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const sent: number[] = [];
    const send = throttleTrailing((v: number) => sent.push(v), 100, () => Date.now());
    return { sent, send };
  };

  it('sends the first value at once', () => {
    const { sent, send } = setup();
    send(1);
    expect(sent).toEqual([1]);
  });

  it('sends the last value of a burst when the interval is up (two quick zoom ticks: the second was lost)', () => {
    const { sent, send } = setup();
    send(1.27);
    vi.advanceTimersByTime(30);
    send(1.48);
    expect(sent).toEqual([1.27]);
    vi.advanceTimersByTime(69);
    expect(sent).toEqual([1.27]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([1.27, 1.48]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1.27, 1.48]);
  });

  it('sends at most one value per interval during a long burst, always ending on the last', () => {
    const { sent, send } = setup();
    for (let i = 1; i <= 50; i++) {
      send(i);
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(500);
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent[0]).toBe(1);
    expect(sent.at(-1)).toBe(50);
  });

  it('sends at once again after a quiet interval', () => {
    const { sent, send } = setup();
    send(1);
    vi.advanceTimersByTime(150);
    send(2);
    expect(sent).toEqual([1, 2]);
  });

  it('cancel drops the value waiting to go out', () => {
    const { sent, send } = setup();
    send(1);
    send(2);
    send.cancel();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([1]);
  });
});
