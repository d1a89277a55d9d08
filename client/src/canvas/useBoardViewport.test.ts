// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../scene/sceneTypes';
import { fitBoardViewport, fitViewport } from './fitViewport';
import { useBoardViewport, type BoardViewportOptions } from './useBoardViewport';

const small: Rect = { x: 0, y: 0, width: 400, height: 200 };
const grown: Rect = { x: -160, y: 0, width: 1600, height: 900 };
const size = { width: 1000, height: 700 };

/** Lets the hook's settling frames run. */
const frames = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));

function render(initial: Partial<BoardViewportOptions>) {
  const base: BoardViewportOptions = {
    controlled: undefined,
    onChange: undefined,
    ...size,
    bounds: small,
    timeline: small,
    contentReady: true,
    ...initial,
  };
  return renderHook((props: BoardViewportOptions) => useBoardViewport(props), { initialProps: base });
}

describe('useBoardViewport', () => {
  it('fits the loaded board once, then keeps the view when the content grows', async () => {
    const { result, rerender } = render({});
    await frames();
    const before = result.current.viewport;
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: grown, timeline: grown, contentReady: true });
    expect(result.current.viewport).toEqual(before);
  });

  it('follows a board being set up as it grows, until it holds content', async () => {
    const { result, rerender } = render({ settingUp: true });
    await frames();
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: grown, timeline: grown, contentReady: true, settingUp: true });
    expect(result.current.viewport).toEqual(fitBoardViewport(grown, grown, size.width, size.height));
    // The first comm: fitted once more, then the view stays.
    const withComm: Rect = { ...grown, width: 1800 };
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: withComm, timeline: withComm, contentReady: true, settingUp: false });
    await frames();
    const settled = result.current.viewport;
    expect(settled).toEqual(fitBoardViewport(withComm, withComm, size.width, size.height));
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: small, timeline: small, contentReady: true, settingUp: false });
    expect(result.current.viewport).toEqual(settled);
  });

  it('stops following a board being set up once the user moves the view', async () => {
    const { result, rerender } = render({ settingUp: true });
    await frames();
    act(() => result.current.panBy(50, 0));
    const moved = result.current.viewport;
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: grown, timeline: grown, contentReady: true, settingUp: true });
    expect(result.current.viewport).toEqual(moved);
  });
});

describe('useBoardViewport Fit', () => {
  // A board too wide to show readably: the first view stops at the readable scale, Fit does not.
  const wide: Rect = { x: -190, y: -60, width: 3000, height: 700 };

  it('shows the whole board, below the first view’s readable scale', async () => {
    const { result } = render({ bounds: wide, timeline: wide });
    await frames();
    const first = result.current.viewport;
    act(() => result.current.zoomToFit());
    const whole = result.current.viewport;
    expect(whole.scale).toBeLessThan(first.scale);
    // Both ends of the board are on screen.
    expect(whole.x + wide.x * whole.scale).toBeGreaterThanOrEqual(0);
    expect(whole.x + (wide.x + wide.width) * whole.scale).toBeLessThanOrEqual(size.width);
  });

  it('keeps showing the whole board when the canvas is resized after Fit', async () => {
    const { result, rerender } = render({ bounds: wide, timeline: wide });
    await frames();
    act(() => result.current.zoomToFit());
    const wider = { width: 1400, height: 700 };
    rerender({ controlled: undefined, onChange: undefined, ...wider, bounds: wide, timeline: wide, contentReady: true });
    expect(result.current.viewport).toEqual(fitViewport(wide, wider.width, wider.height));
  });
});

describe('useBoardViewport while following', () => {
  const led = { x: -300, y: -50, scale: 1.48 };
  const base = { onChange: undefined, ...size, bounds: small, timeline: small, contentReady: true };

  it('stays on the followed view when following ends, instead of jumping back', async () => {
    const { result, rerender } = render({});
    await frames();
    rerender({ ...base, controlled: led });
    expect(result.current.viewport).toEqual(led);
    rerender({ ...base, controlled: undefined });
    expect(result.current.viewport).toEqual(led);
    // …and it is now the user's own: a resize does not refit it.
    rerender({ ...base, controlled: undefined, width: 900 });
    expect(result.current.viewport).toEqual(led);
  });

  it("starts a move made while following from the followed view, and reports it", async () => {
    const moves: Array<{ x: number; y: number; scale: number }> = [];
    const { result, rerender } = render({ onChange: (v) => moves.push(v) });
    await frames();
    moves.length = 0;
    const following = { ...base, onChange: (v: { x: number; y: number; scale: number }) => moves.push(v) };
    rerender({ ...following, controlled: led });
    act(() => result.current.panBy(40, 10));
    expect(moves).toEqual([{ x: -260, y: -40, scale: 1.48 }]);
    // The shell stops following on it: the move stands.
    rerender({ ...following, controlled: undefined });
    expect(result.current.viewport).toEqual({ x: -260, y: -40, scale: 1.48 });
  });
});
