// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../scene/sceneTypes';
import { visibleWorldRect } from './cullRect';
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
  it('fits the loaded board once, then keeps the view when stickies grow the board', async () => {
    const { result, rerender } = render({});
    await frames();
    const before = result.current.viewport;
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: grown, timeline: small, contentReady: true });
    expect(result.current.viewport).toEqual(before);
  });

  it('follows a board being set up as it grows, whole as it was shown, until it holds content', async () => {
    const { result, rerender } = render({ settingUp: true });
    await frames();
    // The timeline was all in view: it stays all in view, even below the first view's readable scale.
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: grown, timeline: grown, contentReady: true, settingUp: true });
    expect(result.current.viewport).toEqual(fitViewport(grown, size.width, size.height));
    expect(result.current.viewport.scale).toBeLessThan(fitBoardViewport(grown, grown, size.width, size.height).scale);
    // The first comm: fitted once more, then the view stays.
    const withComm: Rect = { ...grown, width: 1800 };
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: withComm, timeline: withComm, contentReady: true, settingUp: false });
    await frames();
    const settled = result.current.viewport;
    expect(settled).toEqual(fitViewport(withComm, size.width, size.height));
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: small, timeline: small, contentReady: true, settingUp: false });
    expect(result.current.viewport).toEqual(settled);
  });

  it('follows a board being set up with its readable first view when that showed only part of it', async () => {
    const long: Rect = { x: -190, y: -174, width: 3000, height: 400 };
    const { result, rerender } = render({ settingUp: true, bounds: long, timeline: long });
    await frames();
    const longer: Rect = { ...long, height: 460 };
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: longer, timeline: longer, contentReady: true, settingUp: true });
    expect(result.current.viewport).toEqual(fitBoardViewport(longer, longer, size.width, size.height));
  });

  it('stops following a board being set up once the user moves the view to a part of it', async () => {
    const { result, rerender } = render({ settingUp: true });
    await frames();
    act(() => result.current.panBy(-600, 0));
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

  it('keeps showing the whole timeline as channels and comms widen it after Fit', async () => {
    // A board with comms (so the first fit is over) whose timeline is too wide to read whole.
    const { result, rerender } = render({ bounds: wide, timeline: wide });
    await frames();
    act(() => result.current.zoomToFit());
    const visible = () => visibleWorldRect(result.current.viewport, size.width, size.height);
    // A comm after the resolution widens the timeline; a new channel adds a lane below it.
    const wider: Rect = { ...wide, width: 3400 };
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: wider, timeline: wider, contentReady: true });
    expect(contains(visible(), wider)).toBe(true);
    const taller: Rect = { ...wider, height: 760 };
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: taller, timeline: taller, contentReady: true });
    expect(contains(visible(), taller)).toBe(true);
  });

  it('leaves a view showing part of the timeline where it is when the timeline grows', async () => {
    const { result, rerender } = render({ bounds: wide, timeline: wide });
    await frames();
    // The first view of a wide board shows its start only.
    const first = result.current.viewport;
    rerender({ controlled: undefined, onChange: undefined, ...size, bounds: { ...wide, width: 3400 }, timeline: { ...wide, width: 3400 }, contentReady: true });
    expect(result.current.viewport).toEqual(first);
  });
});

describe('useBoardViewport firstView (the hint that the timeline goes on)', () => {
  const wide: Rect = { x: -190, y: -60, width: 3000, height: 700 };
  const base = { controlled: undefined, onChange: undefined, bounds: wide, timeline: wide, contentReady: true };

  it('holds while the view is the one chosen, also refitted to a resized canvas', async () => {
    const { result, rerender } = render({ bounds: wide, timeline: wide });
    await frames();
    expect(result.current.firstView).toBe(true);
    rerender({ ...base, width: 1200, height: 700 });
    expect(result.current.firstView).toBe(true);
  });

  it.each([
    ['a pan', (v: ReturnType<typeof useBoardViewport>) => v.panBy(-200, 0)],
    ['a zoom', (v: ReturnType<typeof useBoardViewport>) => v.zoomBy(1.2)],
    ['Fit', (v: ReturnType<typeof useBoardViewport>) => v.zoomToFit()],
    ['a gap brought into view', (v: ReturnType<typeof useBoardViewport>) => v.focusOn({ x: 800, y: 0, width: 300, height: 200 })],
  ])('ends with %s, and stays ended', async (_, move) => {
    const { result, rerender } = render({ bounds: wide, timeline: wide });
    await frames();
    act(() => move(result.current));
    expect(result.current.firstView).toBe(false);
    rerender({ ...base, width: 1200, height: 700 });
    expect(result.current.firstView).toBe(false);
  });

  it('does not hold while following someone, nor after', async () => {
    const { result, rerender } = render({ bounds: wide, timeline: wide });
    await frames();
    rerender({ ...base, ...size, controlled: { x: -300, y: -50, scale: 1.2 } });
    expect(result.current.firstView).toBe(false);
    rerender({ ...base, ...size });
    expect(result.current.firstView).toBe(false);
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

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
