import { addAnnotation, newId, upsertSticky } from '@gapboard/shared';
import type Konva from 'konva';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { Layer, Stage } from './reactKonva';
import { computeScene } from '../scene/computeScene';
import { SCENE_STYLE, STICKY_COLORS } from '../scene/sceneStyle';
import { sceneTimeAt } from '../scene/sceneTimeAt';
import { stickyTextLayout } from '../scene/stickyTextLayout';
import type { Rect } from '../scene/sceneTypes';
import { BackgroundLayer } from './BackgroundLayer';
import type { BoardCanvasHandle, BoardCanvasProps } from './BoardCanvasProps';
import { canvasTextMeasurer } from './canvasTextMeasurer';
import { CanvasMessageBox } from './CanvasNotes';
import { CommTooltip } from './CommTooltip';
import { nextCullRect, visibleWorldRect } from './cullRect';
import { decimatePoints } from './decimatePoints';
import { screenToWorld } from './fitViewport';
import { freeStickySpot } from './freeStickySpot';
import { InkLayer } from './InkLayer';
import { pinnedLaneLabels } from './pinnedLaneLabels';
import { PinnedLaneLabelsLayer } from './PinnedLaneLabelsLayer';
import { PresenceLayer } from './PresenceLayer';
import { StickiesLayer } from './StickiesLayer';
import { StickyEditor } from './StickyEditor';
import { TimelineOffRightHint } from './TimelineOffRightHint';
import { useBoardViewport } from './useBoardViewport';
import { useDocWrite } from './useDocWrite';
import { useStickyEditSession } from './useStickyEditSession';
import { useStickyHandlers } from './useStickyHandlers';
import { useSpaceKey } from './useSpaceKey';
import { useStickyEditors } from './useStickyEditors';

const INK_WIDTH = 4;
const INK_SEND_MS = 33; // ~30 Hz: smooth for watchers, light on the socket
const CURSOR_SEND_MS = 40;
const FALLBACK_INK = '#d62728';
/** Screen px between the view's edge and a sticky placed with N. */
const VIEW_INSET = 12;
/** Screen px a lane must be inside the top or bottom edge for its pinned label to show. */
const LANE_LABEL_MARGIN_Y = 10;
/** Screen px of a lane's own label that may still show when its name is pinned (the tag covers them). */
const LANE_LABEL_TAIL = 4;
/** Performance mark of the canvas's first drawn frame. */
const FIRST_CANVAS_MARK = 'gapboard:first-canvas';

type Gesture =
  | { type: 'pan'; lastX: number; lastY: number; moved: boolean }
  | { type: 'ink'; id: string; points: number[]; color: string; lastSent: number };

/**
 * The board canvas: draws the scene of the board (react-konva, four layers: static scene,
 * stickies, ink, others' presence) and edits the document directly through the shared mutation
 * helpers, every write tagged with `origin` for the shell's per-user undo.
 */
export const BoardCanvas = forwardRef<BoardCanvasHandle, BoardCanvasProps>(function BoardCanvas(props, ref) {
  const { board, analysis, width, height, readOnly } = props;
  const scene = useMemo(() => computeScene(board, analysis, { measureText: canvasTextMeasurer }), [board, analysis]);
  const vp = useBoardViewport({
    controlled: props.viewport,
    onChange: props.onViewportChange,
    width,
    height,
    bounds: scene.bounds,
    timeline: scene.timelineBounds,
    contentReady: props.contentReady ?? true,
    settingUp: board.comms.length === 0 && board.stickies.length === 0 && board.annotations.length === 0,
  });

  // Handlers below keep their identity (memoised layers depend on it) and read the latest values here.
  const latest = useRef({ props, scene });
  latest.current = { props, scene };

  const stickiesLayerRef = useRef<Konva.Layer>(null);
  const dragLayerRef = useRef<Konva.Layer>(null);
  const draftRef = useRef<Konva.Line>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const gesture = useRef<Gesture | null>(null);
  /** The current press began while a sticky was open for typing (and so closed it). */
  const pressClosedEditor = useRef(false);
  const lastCursorSent = useRef(0);
  const space = useSpaceKey();
  const [panning, setPanning] = useState(false);
  const [hoverComm, setHoverComm] = useState<string | null>(null);
  const [pinnedComm, setPinnedComm] = useState<string | null>(null);
  const { message, write, note } = useDocWrite();
  const tool = readOnly ? 'select' : props.tool;

  const select = useCallback((selection: { collection: 'stickies' | 'comms' | 'annotations'; id: string } | null) => {
    latest.current.props.onSelect?.(selection);
  }, []);

  const clearPinned = useCallback(() => setPinnedComm(null), []);
  const { editing, setEditing, commitEdit, restoreSticky } = useStickyEditSession({ board, latest, write, note, select });

  const stickyHandlers = useStickyHandlers({ latest, stickiesLayer: stickiesLayerRef, dragLayer: dragLayerRef, select, write, onEdit: setEditing, onPick: clearPinned });

  const onCommHover = useCallback((id: string | null) => setHoverComm(id), []);
  const onCommClick = useCallback(
    (id: string) => {
      setPinnedComm(id);
      select({ collection: 'comms', id });
    },
    [select],
  );
  const onInkPick = useCallback((id: string) => select({ collection: 'annotations', id }), [select]);

  const worldPointer = (stage: Konva.Stage | null) => {
    const pos = stage?.getPointerPosition();
    return pos ? { screen: pos, world: screenToWorld(vp.current.current, pos.x, pos.y) } : null;
  };

  const sendInk = (g: Extract<Gesture, { type: 'ink' }>, done: boolean) => {
    latest.current.props.onInk?.({ strokeId: g.id, points: decimatePoints(g.points, 4000), color: g.color, done });
    g.lastSent = performance.now();
  };

  const endGesture = useCallback(() => {
    const g = gesture.current;
    gesture.current = null;
    setPanning(false);
    if (!g || g.type !== 'ink') return;
    const { props: p } = latest.current;
    sendInk(g, true);
    draftRef.current?.visible(false);
    draftRef.current?.getLayer()?.batchDraw();
    if (g.points.length < 4) return; // a click, not a stroke
    write({ collection: 'annotations', noun: 'drawing', doing: 'changing' }, () =>
      addAnnotation(p.doc, { id: g.id, kind: 'ink', points: decimatePoints(g.points, 20_000), color: g.color, width: INK_WIDTH, author: p.me.name }, p.origin),
    );
  }, [write]);

  useEffect(() => {
    // `gapboard:first-canvas` marks the first frame the canvas drew (page load → canvas, read by
    // the client bench). Konva's first draw is queued in the frame the layers mounted in; a
    // callback queued after it, here, runs once that draw is done.
    if (performance.getEntriesByName(FIRST_CANVAS_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => {
      if (performance.getEntriesByName(FIRST_CANVAS_MARK).length === 0) performance.mark(FIRST_CANVAS_MARK);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    // A release outside the canvas still ends the pan or the stroke.
    window.addEventListener('pointerup', endGesture);
    window.addEventListener('pointercancel', endGesture);
    return () => {
      window.removeEventListener('pointerup', endGesture);
      window.removeEventListener('pointercancel', endGesture);
    };
  }, [endGesture]);

  const onPointerDown = (e: Konva.KonvaEventObject<PointerEvent>) => {
    // Taking the focus below closes an open sticky editor: remember it for the click that follows.
    pressClosedEditor.current = editing !== null;
    // Take focus from the toolbar button last clicked, so Space now pans instead of pressing it.
    containerRef.current?.focus({ preventScroll: true });
    const stage = e.target.getStage();
    const pointer = worldPointer(stage);
    if (!pointer || !stage) return;
    const onEmpty = e.target === stage;
    if (space || e.evt.button === 1 || (tool === 'select' && onEmpty)) {
      gesture.current = { type: 'pan', lastX: pointer.screen.x, lastY: pointer.screen.y, moved: false };
      setPanning(true);
      return;
    }
    if (e.evt.button !== 0) return;
    if (tool === 'ink') {
      const color = /^#[0-9a-fA-F]{6}$/.test(props.me.color) ? props.me.color : FALLBACK_INK;
      const g: Gesture = { type: 'ink', id: newId('a'), points: [pointer.world.x, pointer.world.y], color, lastSent: 0 };
      gesture.current = g;
      draftRef.current?.setAttrs({ points: g.points, stroke: color, strokeWidth: INK_WIDTH, visible: true });
      return;
    }
  };

  const onPointerMove = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const pointer = worldPointer(e.target.getStage());
    if (!pointer) return;
    const now = performance.now();
    if (props.onCursor && now - lastCursorSent.current >= CURSOR_SEND_MS) {
      lastCursorSent.current = now;
      props.onCursor(pointer.world.x, pointer.world.y);
    }
    const g = gesture.current;
    if (g?.type === 'pan') {
      const dx = pointer.screen.x - g.lastX;
      const dy = pointer.screen.y - g.lastY;
      g.lastX = pointer.screen.x;
      g.lastY = pointer.screen.y;
      if (dx !== 0 || dy !== 0) {
        g.moved = true;
        vp.panBy(dx, dy);
      }
    } else if (g?.type === 'ink') {
      const lx = g.points[g.points.length - 2]!;
      const ly = g.points[g.points.length - 1]!;
      // Skip sub-pixel jitter: it adds points, not shape.
      if (Math.hypot(pointer.world.x - lx, pointer.world.y - ly) * vp.viewport.scale < 1.5) return;
      g.points.push(pointer.world.x, pointer.world.y);
      draftRef.current?.points(g.points);
      draftRef.current?.getLayer()?.batchDraw();
      if (now - g.lastSent >= INK_SEND_MS) sendInk(g, false);
    }
  };

  /** A new sticky of the chosen kind with its top-left corner at `corner`, opened for typing. */
  const addSticky = (corner: { x: number; y: number }) => {
    const { width: w, minHeight: h, fontSize } = SCENE_STYLE.sticky;
    const { props: p, scene: s } = latest.current;
    const x = Math.round(corner.x);
    const y = Math.round(corner.y);
    const sticky = { id: newId('s'), kind: p.newStickyKind, text: '', x, y, at: sceneTimeAt(s, x + w / 2) };
    // The new sticky grows the board: the view must not refit and move it from under the pointer.
    vp.settle();
    write({ collection: 'stickies', noun: 'sticky', doing: 'editing' }, () => {
      upsertSticky(p.doc, sticky, p.origin);
      select({ collection: 'stickies', id: sticky.id });
      setEditing({ id: sticky.id, x: sticky.x, y: sticky.y, height: h, fontSize, text: '', kind: sticky.kind, isNew: true });
    });
  };

  /** Top-left corner that centres a new sticky on `world`. */
  const centredOn = (world: { x: number; y: number }) => ({ x: world.x - SCENE_STYLE.sticky.width / 2, y: world.y - SCENE_STYLE.sticky.minHeight / 2 });

  // The handle outlives renders: addSticky reads props, scene and viewport through refs at call
  // time, and every callback it uses (settle, write, select, setEditing) is stable.
  useImperativeHandle(
    ref,
    () => ({
      zoomToFit: vp.zoomToFit,
      zoomBy: vp.zoomBy,
      addStickyAtCentre() {
        const { props: p, scene: s } = latest.current;
        if (p.readOnly) return;
        const v = vp.current.current;
        const centre = screenToWorld(v, p.width / 2, p.height / 2);
        const { width, minHeight } = SCENE_STYLE.sticky;
        // Beside the timeline, not on its gap labels and lanes, and inside the view (it opens there for typing).
        const inset = VIEW_INSET / v.scale;
        const seen = visibleWorldRect(v, p.width, p.height);
        const view = { x: seen.x + inset, y: seen.y + inset, width: seen.width - 2 * inset, height: seen.height - 2 * inset };
        addSticky(freeStickySpot(s.stickies, centredOn(centre), { width, height: minHeight }, { avoid: [s.fixedBounds], view }));
      },
      showGap(rank) {
        const { scene: s } = latest.current;
        const shade = s.gapShades.find((g) => g.rank === rank);
        if (!shade) return;
        vp.focusOn({ x: shade.x, y: s.timelineBounds.y, width: shade.width, height: s.timelineBounds.height });
      },
    }),
    [vp.zoomToFit, vp.zoomBy, vp.focusOn],
  );

  // Clicks act on release: opening the sticky editor on press would lose its focus to the press itself.
  const onStageClick = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const stage = e.target.getStage();
    const g = gesture.current;
    if (tool === 'sticky' && e.evt.button === 0 && !space && !e.target.findAncestor('.sticky', true)) {
      // A click that closed the open editor only ends that typing: no new, empty sticky.
      if (pressClosedEditor.current) return;
      const pointer = worldPointer(stage);
      if (!pointer) return;
      addSticky(centredOn(pointer.world));
      // Back to Select, as on other whiteboards: the next click finishes typing instead of
      // opening another sticky. Shift-click (or a double-clicked tool) keeps the tool.
      latest.current.props.onStickyPlaced?.({ keepTool: e.evt.shiftKey });
      return;
    }
    if (e.target === stage && !(g?.type === 'pan' && g.moved)) {
      setPinnedComm(null);
      select(null);
    }
  };

  // A finished stroke is stored under its stroke id: once it is in the document, stop drawing the live copy.
  const liveInk = useMemo(() => {
    const stored = new Set(scene.ink.map((a) => a.id));
    return props.remoteInk.filter((stroke) => !stored.has(stroke.strokeId));
  }, [props.remoteInk, scene.ink]);
  const shownComm = pinnedComm ?? hoverComm;
  const v = vp.viewport;
  const cullRef = useRef<Rect | null>(null);
  const visible = visibleWorldRect(v, width, height);
  cullRef.current = nextCullRect(cullRef.current, visible);
  // Recomputed when the view or the lanes change, not on every render (remote cursors re-render often).
  const laneLabels = useMemo(
    () => pinnedLaneLabels(scene.lanes, visibleWorldRect(v, width, height), canvasTextMeasurer, LANE_LABEL_MARGIN_Y / v.scale, LANE_LABEL_TAIL / v.scale),
    [scene.lanes, v, width, height],
  );
  // Text under ~5 px is unreadable; with hundreds of stickies it is also most of the draw time.
  const lowDetail = v.scale * SCENE_STYLE.sticky.fontSize < 5 || (v.scale < 0.6 && scene.stickies.length > 300);
  const cursor = panning ? 'grabbing' : space ? 'grab' : tool === 'ink' ? 'crosshair' : tool === 'sticky' ? 'copy' : hoverComm ? 'pointer' : 'default';
  const editColors = editing ? STICKY_COLORS[editing.kind] : null;
  const { othersOnEdited, editorTags } = useStickyEditors(props.remoteEditors, scene.stickies, editing?.id ?? null);
  const { padding, width: sw, headerHeight } = SCENE_STYLE.sticky;
  // The editor grows and sets its text as the sticky will: no further than the sticky below it.
  const editingRoom = editing ? (scene.stickies.find((st) => st.id === editing.id)?.room ?? Infinity) : Infinity;

  return (
    <div
      style={{ position: 'relative', width, height, overflow: 'hidden', cursor, background: '#fafafa', outline: 'none' }}
      ref={containerRef}
      tabIndex={-1}
      data-testid="board-canvas"
      role="region"
      aria-label="Incident timeline canvas (the Comms and Gaps panels list the same content as text)"
    >
      <Stage
        width={width}
        height={height}
        x={v.x}
        y={v.y}
        scaleX={v.scale}
        scaleY={v.scale}
        onWheel={vp.onWheel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerClick={onStageClick}
        onPointerLeave={() => setHoverComm(null)}
      >
        <BackgroundLayer scene={scene} onCommHover={onCommHover} onCommClick={onCommClick} />
        {laneLabels.length > 0 && <PinnedLaneLabelsLayer labels={laneLabels} left={visible.x} scale={v.scale} />}
        <StickiesLayer
          ref={stickiesLayerRef}
          stickies={scene.stickies}
          cullRect={cullRef.current}
          lowDetail={lowDetail}
          selectedId={props.selectedId ?? null}
          editingId={editing?.id ?? null}
          draggable={!readOnly && tool === 'select' && !space}
          handlers={stickyHandlers}
        />
        <Layer ref={dragLayerRef} />
        <InkLayer ink={scene.ink} selectedId={props.selectedId ?? null} pickable={!readOnly && tool === 'select'} onPick={onInkPick} draftRef={draftRef} />
        <PresenceLayer cursors={props.remoteCursors} ink={liveInk} editors={editorTags} scale={v.scale} />
      </Stage>
      {shownComm && !panning && <CommTooltip scene={scene} commId={shownComm} viewport={v} pinned={shownComm === pinnedComm} onClose={() => setPinnedComm(null)} />}
      {editing && editColors && (
        <StickyEditor
          key={editing.id}
          left={(editing.x + padding) * v.scale + v.x}
          top={(editing.y + headerHeight) * v.scale + v.y}
          width={(sw - 2 * padding) * v.scale}
          height={(editing.height - headerHeight - padding) * v.scale}
          fontSize={editing.fontSize * v.scale}
          sizeFor={(text) => {
            const layout = stickyTextLayout(text, canvasTextMeasurer, editingRoom);
            return { height: (layout.height - headerHeight - padding) * v.scale, fontSize: layout.fontSize * v.scale };
          }}
          background={editColors.fill}
          label={`${editColors.label} sticky text`}
          storedText={board.stickies.find((st) => st.id === editing.id)?.text ?? editing.text}
          othersEditing={othersOnEdited}
          lockedWhileTyping={readOnly}
          container={{ width, height }}
          refusal={editing.refusal ?? null}
          deleted={editing.deleted ?? false}
          onRestore={(text) => restoreSticky(editing, text)}
          onDismiss={() => setEditing(null)}
          onDone={commitEdit}
        />
      )}
      {message && <CanvasMessageBox message={message} />}
      {vp.firstView && <TimelineOffRightHint viewport={v} width={width} height={height} timeline={scene.timelineBounds} end={scene.markers.find((m) => m.kind !== 'alert')} placeholder={scene.timeline.placeholder} typing={editing !== null} onFit={vp.zoomToFit} />}
    </div>
  );
});
