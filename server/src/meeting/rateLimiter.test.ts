import { describe, expect, it } from 'vitest';
import { RateLimiter, TokenBucket } from './rateLimiter';

function clock() {
  const c = { value: 0, now: () => c.value };
  return c;
}

describe('TokenBucket', () => {
  it('allows the burst, then refills at the given rate up to the burst', () => {
    const c = clock();
    const bucket = new TokenBucket({ perSecond: 10, burst: 3 }, c.now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    c.value += 100; // one token
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    c.value += 60_000; // long quiet spell: capped at the burst
    const allowed = Array.from({ length: 10 }, () => bucket.take()).filter(Boolean).length;
    expect(allowed).toBe(3);
  });

  it('does not mint tokens when the clock goes backwards', () => {
    const c = clock();
    c.value = 1_000;
    const bucket = new TokenBucket({ perSecond: 1, burst: 1 }, c.now);
    expect(bucket.take()).toBe(true);
    c.value = 0;
    expect(bucket.take()).toBe(false);
  });
});

describe('RateLimiter', () => {
  const limits = { stream: { perSecond: 60, burst: 5 }, control: { perSecond: 10, burst: 2 } };

  it('keeps cursor/ink and everything else in separate buckets', () => {
    const c = clock();
    const limiter = new RateLimiter(limits, c.now);
    for (let i = 0; i < 5; i += 1) expect(limiter.check(i % 2 ? 'cursor' : 'ink')).toBe('allow');
    expect(limiter.check('cursor')).toBe('drop-and-notify');
    expect(limiter.check('command')).toBe('allow');
    expect(limiter.check('join')).toBe('allow');
    expect(limiter.check('anything-else')).toBe('drop-and-notify');
  });

  it('notifies at most once a second per bucket while dropping', () => {
    const c = clock();
    const limiter = new RateLimiter({ ...limits, stream: { perSecond: 0, burst: 0 } }, c.now);
    const decisions = Array.from({ length: 4 }, () => limiter.check('cursor'));
    expect(decisions).toEqual(['drop-and-notify', 'drop', 'drop', 'drop']);
    c.value += 1_000;
    expect(limiter.check('ink')).toBe('drop-and-notify');
  });
});
