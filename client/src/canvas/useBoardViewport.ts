import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Rect } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';
import { fitBoardViewport, fitViewport, zoomAround } from './fitViewport';
import { keepTimelineInView, showsRect } from './keepTimelineInView';

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export interface BoardViewportOptions {
  /**
   * Set while following someone's view: shown instead of the canvas's own. A move made meanwhile
   * (pan, zoom, Fit) becomes the canvas's own viewport, starting from the followed one, and goes
   * to `onChange` (the shell may stop following on it); when following ends the view stays
   * where it was followed to.
   */
  controlled: Viewport | undefined;
  onChange: ((viewport: Viewport) => void) | undefined;
  width: number;
  height: number;
  bounds: Rect;
  /** The timeline part of `bounds` (see {@link fitBoardViewport}). */
  timeline: Rect;
  /** The document has loaded (first server sync): the view stops following content changes soon after. */
  contentReady: boolean;
  /**
   * The board is still being set up (channels and the incident window, no comms, stickies or
   * drawings yet): the view keeps fitting it as it grows, until the user moves the view.
   */
  settingUp?: boolean;
}

/** Frames to keep fitting after the load: the board state lags the document by one animation frame. */
const SETTLE_FRAMES = 2;

/**
 * The canvas viewport: controlled by the shell when following the facilitator, otherwise owned
 * here. It fits the board as it loads (the document syncs in after the first render) and then
 * never moves by itself: an edit, local or remote, must not pull the view from under anyone's
 * pointer. Fit again only on request (`zoomToFit`) or when the canvas is resized before the
 * user has moved the view. A board still being set up (`settingUp`) is followed until it holds
 * content or the user moves the view.
 */
export function useBoardViewport({ controlled, onChange, width, height, bounds, timeline, contentReady, settingUp = false }: BoardViewportOptions) {
  const [own, setOwn] = useState<Viewport>(() => fitBoardViewport(bounds, timeline, width, height));
  const viewport = controlled ?? own;
  const current = useRef(viewport);
  current.current = viewport;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const userMoved = useRef(false);
  /** No pan, zoom, Fit or followed view yet: the view is still the one this hook chose (`firstView`). */
  const [untouched, setUntouched] = useState(true);
  const size = useRef({ width, height, bounds, timeline });
  size.current = { width, height, bounds, timeline };
  /** Set once the loaded board has been fitted (or the user acted): content changes no longer refit. */
  const settled = useRef(false);
  /**
   * Fit asked for the whole board (the Fit button), not the first view's readable part: a resize
   * of the untouched view (window, panels hidden) keeps showing all of it. Also set when a board
   * being set up was shown whole and its timeline grew (it keeps being shown whole).
   */
  const wholeBoard = useRef(false);
  const fit = (b: Rect, t: Rect, w: number, h: number): Viewport =>
    wholeBoard.current ? fitViewport(b, w, h) : fitBoardViewport(b, t, w, h);
  /** The followed viewport last shown, while no move of this canvas's own came after it. */
  const followed = useRef<Viewport | null>(null);

  const setViewport = useCallback((next: Viewport, byUser: boolean) => {
    if (byUser) {
      userMoved.current = true;
      setUntouched(false);
    }
    followed.current = null;
    current.current = next;
    setOwn(next);
    onChangeRef.current?.(next);
  }, []);

  useLayoutEffect(() => {
    if (controlled) followed.current = controlled;
  }, [controlled]);

  useLayoutEffect(() => {
    // Following ended (before the paint): stay on the view followed to, rather than jump back to
    // where this canvas was before following; it now counts as the user's own.
    if (controlled || !followed.current) return;
    const last = followed.current;
    userMoved.current = true;
    setUntouched(false);
    settled.current = true;
    setViewport(last, false);
  }, [controlled === undefined]);

  useEffect(() => {
    // A board being set up has little to move away from: its lanes and timeline come into view as
    // the facilitator adds them, instead of growing past the edges.
    if (!contentReady || settled.current || settingUp) return;
    let frames = 0;
    let id = requestAnimationFrame(function tick() {
      if (++frames < SETTLE_FRAMES) id = requestAnimationFrame(tick);
      else settled.current = true;
    });
    return () => cancelAnimationFrame(id);
  }, [contentReady, settingUp]);

  // A view showing all of the timeline keeps showing all of it as the timeline grows (a channel
  // or a comm added during Prep), see keepTimelineInView. Declared before the set-up fit below,
  // which it tells to fit the whole board rather than a readable part of it.
  const shown = useRef({ timeline, bounds });
  useEffect(() => {
    const before = shown.current;
    shown.current = { timeline, bounds };
    if (sameRect(before.timeline, timeline) || controlled || width <= 0 || height <= 0) return;
    if (!settled.current && !userMoved.current) {
      if (contentReady && settingUp && showsRect(current.current, width, height, before.timeline)) wholeBoard.current = true;
      return;
    }
    const next = keepTimelineInView(current.current, width, height, before, { timeline, bounds });
    if (next) setViewport(next, false);
  }, [timeline.x, timeline.y, timeline.width, timeline.height, bounds.x, bounds.y, bounds.width, bounds.height]);

  useEffect(() => {
    if (settled.current || userMoved.current || controlled || width <= 0 || height <= 0) return;
    setViewport(fit(bounds, timeline, width, height), false);
    // While loading, refit on a real change of the content or the canvas size only.
  }, [bounds.x, bounds.y, bounds.width, bounds.height, width, height, controlled === undefined]);

  useEffect(() => {
    // A resized canvas (window, panels) refits an untouched view: that is not an edit moving it.
    if (userMoved.current || controlled || width <= 0 || height <= 0) return;
    const { bounds: b, timeline: t } = size.current;
    setViewport(fit(b, t, width, height), false);
  }, [width, height]);

  /** The Fit button: all of the board, however small that makes it (the first view stops at a readable scale). */
  const zoomToFit = useCallback(() => {
    const { width: w, height: h, bounds: b } = size.current;
    wholeBoard.current = true;
    userMoved.current = false;
    setUntouched(false);
    setViewport(fitViewport(b, w, h), false);
  }, [setViewport]);

  /**
   * Brings `rect` (world coordinates) into view, centred and as large as fits up to 1:1: what the
   * user asked to see (a gap picked in the panel). Counts as the user's own move.
   */
  const focusOn = useCallback(
    (rect: Rect) => {
      const { width: w, height: h } = size.current;
      setViewport(fitViewport(rect, w, h, 48), true);
    },
    [setViewport],
  );

  /** Stops following content changes now (the user is editing: the view must stay put). */
  const settle = useCallback(() => {
    settled.current = true;
  }, []);

  const zoomBy = useCallback(
    (factor: number) => {
      const { width: w, height: h } = size.current;
      setViewport(zoomAround(current.current, factor, w / 2, h / 2), true);
    },
    [setViewport],
  );

  const panBy = useCallback(
    (dx: number, dy: number) => {
      const v = current.current;
      setViewport({ ...v, x: v.x + dx, y: v.y + dy }, true);
    },
    [setViewport],
  );

  /** Wheel: ctrl/cmd (and trackpad pinch, which sets ctrlKey) zooms around the pointer; otherwise pans, shift for horizontal. */
  const onWheel = useCallback(
    (e: Konva.KonvaEventObject<WheelEvent>) => {
      e.evt.preventDefault();
      const stage = e.target.getStage();
      const pointer = stage?.getPointerPosition();
      const { deltaX, deltaY, deltaMode } = e.evt;
      const unit = deltaMode === 1 ? 16 : deltaMode === 2 ? size.current.height : 1;
      if (e.evt.ctrlKey || e.evt.metaKey) {
        const factor = Math.exp(-deltaY * unit * 0.0015);
        const v = current.current;
        setViewport(zoomAround(v, factor, pointer?.x ?? size.current.width / 2, pointer?.y ?? size.current.height / 2), true);
      } else if (e.evt.shiftKey && deltaX === 0) {
        panBy(-deltaY * unit, 0);
      } else {
        panBy(-deltaX * unit, -deltaY * unit);
      }
    },
    [panBy, setViewport],
  );

  /**
   * The view shown is the first one chosen for this canvas (refitted to its size while loading or
   * resized), not one the user made or followed: a hint may say what it leaves out.
   */
  const firstView = untouched && !controlled;
  return { viewport, current, setViewport, zoomToFit, zoomBy, panBy, onWheel, settle, focusOn, firstView };
}
