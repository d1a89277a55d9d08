import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityIdSchema } from '../model/entities';
import { compareIds } from './sortBoard';
import { newId } from './newId';

describe('newId', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('makes prefixed ids that are valid entity ids and distinct', () => {
    const ids = Array.from({ length: 2000 }, () => newId('c'));
    for (const id of ids) {
      expect(id).toMatch(/^c_[0-9a-z]{14}$/);
      expect(entityIdSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId()).toMatch(/^[0-9a-z]{14}$/);
  });

  it('makes ids that sort in the order they were made, also within one millisecond', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 28, 10, 0, 0) });
    const ids: string[] = [];
    for (let i = 0; i < 500; i++) ids.push(newId('s')); // the clock does not move
    vi.setSystemTime(Date.UTC(2026, 10, 28, 11, 0, 0));
    for (let i = 0; i < 500; i++) ids.push(newId('s'));
    expect([...ids].sort(compareIds)).toEqual(ids);
  });

  it('orders ids made on different clients by time, whatever their random part', async () => {
    /** An id made by a client of its own (a fresh module: no memory of earlier ids) at `iso`. */
    const madeAt = async (iso: string) => {
      vi.resetModules();
      const fresh = await import('./newId');
      vi.useFakeTimers({ now: Date.parse(iso) });
      return fresh.newId('a');
    };
    const late = await madeAt('2040-06-01T00:00:00Z');
    const mid = await madeAt('2031-01-01T00:00:00.001Z');
    const early = await madeAt('2026-11-28T00:00:00Z');
    expect([late, early, mid].sort(compareIds)).toEqual([early, mid, late]);
  });
});
