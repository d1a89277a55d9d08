import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BOARD_DELETED_CLOSE_REASON, deleteEntity, type FacilitatorCommand, type Role } from '@gapboard/shared';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { LoadFailedNotice } from '../app/LoadFailedNotice';
import type { BoardCanvasHandle, CanvasTool, Viewport } from '../canvas/BoardCanvasProps';
import { useMeeting } from '../meeting/useMeeting';
import { deleteBoard as deleteBoardOnServer } from '../api/boardsApi';
import { getFacilitatorKey, setFacilitatorKey } from '../storage/facilitatorKeys';
import { rememberBoard } from '../storage/recentBoards';
import { loadProfile, saveName } from '../storage/userProfile';
import { useBoardSync } from '../sync/useBoardSync';
import { contentArrived, type MeetingCatchUp } from '../sync/connectionState';
import { followViewport } from '../canvas/fitViewport';
import { CanvasSlot } from './CanvasSlot';
import { CanvasToolbar, ZoomControls } from './CanvasToolbar';
import { FollowBadge } from './FollowBadge';
import { HelpDialog } from './HelpDialog';
import { InvalidEntriesNotice } from './InvalidEntriesNotice';
import { meetingName } from './meetingName';
import { NamePrompt } from './NamePrompt';
import { SidePanels } from './SidePanels';
import { throttleTrailing } from './throttleTrailing';
import { TopBar } from './TopBar';
import { useBoardState } from './useBoardState';
import { useDebugHook } from './useDebugHook';
import { useElementSize } from './useElementSize';
import { useShortcuts } from './useShortcuts';
import { useUndo } from './useUndo';
import { useStepPanel } from './useStepPanel';
import type { BoardContext } from './BoardContext';

export interface BoardPageProps {
  /** The board id, or a read-only view token standing in for it (`viaViewToken`). */
  boardId: string;
  viaViewToken: boolean;
  viewToken: string | null;
  keyFromFragment: string | null;
  /** The facilitator deleted the board from this page (the app then shows that it is gone). */
  onDeleted?: (title: string) => void;
}

type StickyKind = 'issue' | 'root-cause' | 'note' | 'action';

/** Followers get the facilitator's view ~10 times a second during a pan: enough to follow it. */
const VIEWPORT_SEND_MS = 100;

/**
 * `/b/:id`: the live board. Wires the document sync, the meeting, per-user undo and shortcuts
 * to the canvas (left) and the side panels (right).
 */
export function BoardPage({ boardId, viaViewToken, viewToken, keyFromFragment, onDeleted }: BoardPageProps) {
  // The key arrives once in the fragment; keep it on this device and clean the address bar.
  const [facilitatorKey] = useState(() => {
    if (keyFromFragment) {
      setFacilitatorKey(boardId, keyFromFragment);
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    return viewToken || viaViewToken ? null : getFacilitatorKey(boardId);
  });
  const [profile, setProfile] = useState(loadProfile);
  const [origin] = useState(() => ({ client: 'gapboard-local-user' }));
  // A viewer is not stopped by the name prompt: they join as "Viewer" and may give a name later.
  const identity = meetingName(profile.name, Boolean(viewToken || viaViewToken));

  const meeting = useMeeting({
    boardId,
    name: identity.name,
    color: profile.color,
    key: facilitatorKey,
    readToken: viewToken,
    enabled: !identity.mustAsk,
  });
  // Shown (top bar, ink) in the colour the others see: the meeting's, which may differ from the stored one.
  const myColor = meeting.color ?? profile.color;
  const me = useMemo(() => ({ name: identity.name, color: myColor }), [identity.name, myColor]);
  // Until the server says otherwise, assume what the credentials suggest.
  const role: Role = meeting.role ?? (viewToken || viaViewToken ? 'viewer' : facilitatorKey ? 'facilitator' : 'participant');
  const lockedNow = meeting.state?.locked ?? false;
  // The lock as the page shows it: it takes effect one render after the meeting says so (see below).
  const [locked, setLocked] = useState(lockedNow);
  const readOnly = role === 'viewer' || (locked && role !== 'facilitator');
  // A participant's edits on a locked board are refused by the server until it is unlocked:
  // held, from the moment the meeting says so.
  const { doc, connection, localLoaded } = useBoardSync(boardId, { key: facilitatorKey, readToken: viewToken }, lockedNow && role === 'participant');
  const { board, invalid, analysis } = useBoardState(doc);
  const undo = useUndo(doc, origin);

  // The lock turns the panels' fields into text. They save as they lose focus: let the one being
  // typed in save first (held until the unlock), or the lock would throw its words away. The
  // sticky editor stays open instead, and says its text waits for the unlock.
  useEffect(() => {
    if (lockedNow && role !== 'facilitator') {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.closest('.side')) active.blur();
    }
    setLocked(lockedNow);
  }, [lockedNow, role]);

  const title = board.meta.title;
  useEffect(() => {
    document.title = title ? `${title} · Gapboard` : 'Gapboard';
    rememberBoard({ id: boardId, title, openedAt: Date.now(), ...(viewToken ? { viewToken } : {}), ...(viaViewToken ? { viaViewToken } : {}) });
  }, [boardId, title, viewToken, viaViewToken]);

  const [tool, setTool] = useState<CanvasTool>('select');
  /** The tool was double-clicked: it stays on after placing a sticky. */
  const [toolStays, setToolStays] = useState(false);
  const pickTool = useCallback((next: CanvasTool, stay = false) => {
    setTool(next);
    setToolStays(stay);
  }, []);
  const onStickyPlaced = useCallback(
    ({ keepTool }: { keepTool: boolean }) => {
      if (!keepTool && !toolStays) pickTool('select');
    },
    [toolStays, pickTool],
  );
  const [stickyKind, setStickyKind] = useState<StickyKind>('issue');
  const [selection, setSelection] = useState<{ collection: 'stickies' | 'comms' | 'annotations'; id: string } | null>(null);
  const [following, setFollowing] = useState(true);
  const [ownViewport, setOwnViewport] = useState<Viewport | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const canvasRef = useRef<BoardCanvasHandle | null>(null);
  const zoomToFit = () => canvasRef.current?.zoomToFit();
  const zoomBy = (factor: number) => canvasRef.current?.zoomBy(factor);
  const canvasArea = useRef<HTMLDivElement | null>(null);
  const size = useElementSize(canvasArea);

  // Participants who follow the facilitator see the part of the board the facilitator sees,
  // fitted to their own canvas; moving the view themselves stops that until they follow again.
  const followMe = meeting.state?.followMe ?? false;
  const led = meeting.state?.viewport ?? null;
  const followsView = role !== 'facilitator' && followMe && following && led !== null;
  const [viewDetached, setViewDetached] = useState(false);
  // Follow-me turned on (again) is the facilitator asking everyone to look, and ticking "Follow
  // the facilitator" is the user asking to: either brings the view back.
  useEffect(() => {
    if (followMe && following) setViewDetached(false);
  }, [followMe, following]);
  const controlledViewport = useMemo(
    () => (followsView && !viewDetached && led ? followViewport(led, size.width, size.height) : undefined),
    // The led view's numbers, not its object: every meeting broadcast (roster, timer) makes a new one.
    [followsView, viewDetached, led?.x, led?.y, led?.scale, led?.width, led?.height, size.width, size.height],
  );
  const controlledRef = useRef(controlledViewport);
  controlledRef.current = controlledViewport;
  const onViewportChange = useCallback((v: Viewport) => {
    setOwnViewport(v);
    // While following, only the user moves the canvas's view (drag, wheel, zoom buttons, Fit).
    if (controlledRef.current) setViewDetached(true);
  }, []);

  // The facilitator's view goes to the followers with the canvas size, so that they see the same
  // part of the board: on every move (at most ~10 a second, always ending on the last one), on a
  // resize, and as soon as follow-me is turned on.
  const { sendCommand } = meeting;
  const sendViewport = useMemo(() => throttleTrailing((command: FacilitatorCommand) => sendCommand(command), VIEWPORT_SEND_MS), [sendCommand]);
  const leads = role === 'facilitator' && followMe;
  useEffect(() => {
    if (!leads || !ownViewport) return sendViewport.cancel();
    const sized = size.width > 0 && size.height > 0 ? { width: Math.round(size.width), height: Math.round(size.height) } : {};
    sendViewport({ type: 'viewport', x: ownViewport.x, y: ownViewport.y, scale: ownViewport.scale, ...sized });
  }, [leads, ownViewport, size.width, size.height, sendViewport]);
  useEffect(() => () => sendViewport.cancel(), [sendViewport]);
  const leader = meeting.state?.roster.find((p) => p.role === 'facilitator')?.name ?? 'the facilitator';

  // The canvas places the sticky and opens it for typing, as a click with the Sticky tool does:
  // a sticky that is not open would turn the next "n" typed into yet another sticky.
  const addStickyAtCentre = useCallback(() => {
    if (!readOnly) canvasRef.current?.addStickyAtCentre();
  }, [readOnly]);

  const deleteSelected = useCallback(() => {
    if (readOnly || !selection) return;
    deleteEntity(doc, selection.collection, selection.id, origin);
    setSelection(null);
  }, [readOnly, selection, doc, origin]);

  useShortcuts({
    undo: readOnly ? undefined : undo.undo,
    redo: readOnly ? undefined : undo.redo,
    delete: deleteSelected,
    newSticky: addStickyAtCentre,
    help: () => setHelpOpen(true),
    close: () => setHelpOpen(false),
  });

  // While our own delete is under way the server closes our socket with 4404 before it answers:
  // that is not "board not found", the app shows "deleted" once the answer is in.
  const [deleting, setDeleting] = useState(false);
  const deleteBoard = useMemo(() => {
    if (!facilitatorKey || role !== 'facilitator') return undefined;
    return async () => {
      setDeleting(true);
      try {
        await deleteBoardOnServer(boardId, facilitatorKey);
      } catch (error) {
        setDeleting(false);
        throw error;
      }
      onDeleted?.(title);
    };
  }, [facilitatorKey, role, boardId, onDeleted, title]);

  const ctx: BoardContext = useMemo(
    () => ({ doc, origin, board, analysis, invalid, role, readOnly, boardId, deleteBoard }),
    [doc, origin, board, analysis, invalid, role, readOnly, boardId, deleteBoard],
  );
  useDebugHook({ doc, board, analysis, role, readOnly, connection, meetingStatus: meeting.status, remoteInk: meeting.ink, viewport: controlledViewport ?? ownViewport });

  // Following the facilitator also follows the step's panel (not while typing in a panel).
  const stepPanel = useStepPanel(meeting.state?.step ?? 'prep', role !== 'facilitator' && following);

  // The meeting (step, timer, people) on its way: joining (once a name is given) or rejoining.
  const meetingCatchUp: MeetingCatchUp =
    identity.mustAsk ? 'caught-up' : meeting.status === 'connecting' ? 'joining' : meeting.status === 'disconnected' ? 'rejoining' : 'caught-up';

  // The facilitator deleted the board while we were on it: the same "Board deleted" page as theirs
  // (this device's copy of the incident goes too), not "Board not found — check the link".
  const deletedBySomeone = connection.closed?.code === 4404 && connection.closed.reason === BOARD_DELETED_CLOSE_REASON;
  useEffect(() => {
    if (deletedBySomeone && !deleting) onDeleted?.(title);
  }, [deletedBySomeone, deleting, onDeleted, title]);

  if (connection.closed?.code === 4404 && !deleting) {
    return (
      <main className="home" data-testid="board-not-found">
        <h1>Board not found</h1>
        <p>There is no board at this address. Check the link, or start a new board.</p>
        <p>
          <a href="/">Go to the home page</a>
        </p>
      </main>
    );
  }

  return (
    <div className="board-page">
      <TopBar
        ctx={ctx}
        connection={connection}
        meeting={meeting}
        locked={locked}
        onHelp={() => setHelpOpen(true)}
        onRename={() => setRenaming(true)}
        profile={me}
        nameIsDefault={identity.isDefault}
        meetingCatchUp={meetingCatchUp}
      />
      {meeting.status === 'load-failed' && (
        <LoadFailedNotice consequence="Until then the live meeting (people here, step, timer) is unavailable; edits to the board are still saved." />
      )}
      <InvalidEntriesNotice invalid={invalid} />
      <div className="board-body">
        <section className="canvas-area" aria-label="Board canvas">
          {readOnly ? (
            <div className="canvas-toolbar" role="toolbar" aria-label="Canvas view">
              <ZoomControls onZoomToFit={zoomToFit} onZoom={zoomBy} />
            </div>
          ) : (
            <CanvasToolbar
              tool={tool}
              onTool={pickTool}
              toolStays={toolStays}
              stickyKind={stickyKind}
              onStickyKind={setStickyKind}
              undo={undo}
              onZoomToFit={zoomToFit}
              onZoom={zoomBy}
              canInk={role === 'facilitator'}
            />
          )}
          <div className="canvas-host" ref={canvasArea}>
            {followsView && (
              <FollowBadge leader={leader} attached={!viewDetached} onStop={() => setViewDetached(true)} onFollow={() => setViewDetached(false)} />
            )}
            <ErrorBoundary label="the canvas" resetKey={board}>
              <CanvasSlot
                ref={canvasRef}
                doc={doc}
                origin={origin}
                board={board}
                analysis={analysis}
                invalid={invalid}
                readOnly={readOnly}
                role={role}
                me={me}
                tool={readOnly ? 'select' : tool}
                newStickyKind={stickyKind}
                remoteCursors={meeting.cursors}
                remoteInk={meeting.ink}
                remoteEditors={meeting.editors}
                onEditing={meeting.sendEditing}
                contentReady={contentArrived(connection, localLoaded)}
                viewport={controlledViewport}
                onViewportChange={onViewportChange}
                onCursor={meeting.sendCursor}
                onInk={meeting.sendInk}
                onStickyPlaced={onStickyPlaced}
                selectedId={selection?.id ?? null}
                onSelect={setSelection}
                width={size.width}
                height={size.height}
              />
            </ErrorBoundary>
          </div>
        </section>
        <SidePanels
          ctx={ctx}
          meeting={meeting}
          panel={stepPanel.panel}
          onPanel={stepPanel.choosePanel}
          waitingStep={stepPanel.waitingStep}
          onGoToStep={stepPanel.goToStep}
          following={following}
          onFollowing={setFollowing}
          selectedCommId={selection?.collection === 'comms' ? selection.id : null}
          onShowGap={(rank) => canvasRef.current?.showGap(rank)}
        />
      </div>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
      {(identity.mustAsk || renaming) && (
        <NamePrompt
          color={profile.color}
          initialName={profile.name}
          onName={(name) => {
            saveName(name);
            setProfile(loadProfile());
            setRenaming(false);
          }}
          {...(identity.mustAsk ? {} : { onCancel: () => setRenaming(false) })}
        />
      )}
    </div>
  );
}
