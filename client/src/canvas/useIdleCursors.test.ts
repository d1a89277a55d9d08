// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CURSOR_LABEL_IDLE_MS } from './cursorActivity';
import { useIdleCursors } from './useIdleCursors';

type Cursors = Array<{ id: string; x: number; y: number }>;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useIdleCursors', () => {
  it('reports a cursor idle a few seconds after its last move, and active again when it moves', () => {
    const { result, rerender } = renderHook((cursors: Cursors) => useIdleCursors(cursors), { initialProps: [{ id: 'ana', x: 0, y: 0 }] });
    expect(result.current.has('ana')).toBe(false);
    act(() => void vi.advanceTimersByTime(CURSOR_LABEL_IDLE_MS - 100));
    expect(result.current.has('ana')).toBe(false);
    act(() => void vi.advanceTimersByTime(200));
    expect(result.current.has('ana')).toBe(true);
    rerender([{ id: 'ana', x: 5, y: 0 }]);
    expect(result.current.has('ana')).toBe(false);
  });
});
