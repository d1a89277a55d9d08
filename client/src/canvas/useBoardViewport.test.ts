// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Rect } from '../scene/sceneTypes';
import { fitBoardViewport } from './fitViewport';
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
