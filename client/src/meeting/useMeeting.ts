import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import {
  cursorLeaveSchema,
  joinAckSchema,
  meetingErrorSchema,
  meetingStateSchema,
  readLinkSchema,
  remoteCursorSchema,
  remoteEditingSchema,
  remoteInkSchema,
  type EditTarget,
  type FacilitatorCommand,
  type InkPayload,
  type MeetingError,
  type MeetingState,
  type ReadLink,
  type Role,
} from '@gapboard/shared';
import type { RemoteCursor, RemoteEditor, RemoteInkStroke } from '../canvas/BoardCanvasProps';
import { loadGivenMeetingColor, saveGivenMeetingColor } from '../storage/givenMeetingColor';

/** Cursor updates are volatile; ~30 per second is smooth and cheap. */
const CURSOR_INTERVAL_MS = 33;

export interface Meeting {
  /**
   * `load-failed`: the meeting's code (socket.io's client, a chunk of its own) did not arrive;
   * nothing but a reload of the page brings it (see `LoadFailedNotice`).
   */
  status: 'connecting' | 'joined' | 'disconnected' | 'refused' | 'load-failed';
  /** Our role as the server granted it (null until joined). */
  role: Role | null;
  /** Our participant id (the socket id the others see). */
  selfId: string | null;
  /**
   * Our colour as the others see it (cursor, roster, ink): the one asked for, unless someone
   * present had it when we joined (see choosePresenceColor). Null until joined.
   */
  color: string | null;
  state: MeetingState | null;
  /** Why the server refused to let us join, when it did. */
  refusal: MeetingError | null;
  /** Server clock minus local clock (ms), so every screen shows the same timer. */
  clockOffsetMs: number;
  cursors: RemoteCursor[];
  ink: RemoteInkStroke[];
  /** Who else is editing which text field in place now. */
  editors: RemoteEditor[];
  /** The last error the server sent (a refused command); never a failure on this side. */
  lastError: MeetingError | null;
  readLink: ReadLink | null;
  sendCommand(command: FacilitatorCommand): void;
  sendCursor(x: number, y: number): void;
  sendInk(stroke: InkPayload): void;
  /** What this user now edits in place (null: nothing); told again to whoever joins later. */
  sendEditing(target: EditTarget | null): void;
}

export interface MeetingOptions {
  boardId: string;
  name: string;
  color: string;
  key: string | null;
  readToken: string | null;
  /** Joining waits for a display name. */
  enabled: boolean;
}

/**
 * The live meeting over socket.io: roster, step, timer, follow-me, lock, cursors and in-progress
 * ink. Everything received is validated; a malformed message is ignored rather than trusted.
 * Rejoins automatically after a reconnect.
 */
export function useMeeting({ boardId, name, color, key, readToken, enabled }: MeetingOptions): Meeting {
  const socketRef = useRef<Socket | null>(null);
  const [status, setStatus] = useState<Meeting['status']>('connecting');
  const [role, setRole] = useState<Role | null>(null);
  const [selfId, setSelfId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<MeetingError | null>(null);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  const [state, setState] = useState<MeetingState | null>(null);
  const [cursorMap, setCursorMap] = useState<Record<string, RemoteCursor>>({});
  const [inkMap, setInkMap] = useState<Record<string, RemoteInkStroke>>({});
  const [editorMap, setEditorMap] = useState<Record<string, RemoteEditor>>({});
  // What we edit now, and whom we have told: re-announced to every newcomer in the roster.
  const editingTarget = useRef<EditTarget | null>(null);
  const rosterIds = useRef<ReadonlySet<string>>(new Set());
  // Sent before the join is acknowledged, `editing` would be refused (not-joined); the join says it.
  const joined = useRef(false);
  const [lastError, setLastError] = useState<MeetingError | null>(null);
  const [readLink, setReadLink] = useState<ReadLink | null>(null);
  const lastCursorSent = useRef(0);
  // The colour the meeting gave us is asked for again when rejoining (a reconnect, a new name, a
  // reload of the page: see givenMeetingColor), so that it stays the same all meeting, rather
  // than the stored one someone else may have now.
  const pendingCursor = useRef<{ x: number; y: number } | null>(null);
  const cursorTimer = useRef<number | null>(null);

  useEffect(() => {
    if (!enabled) return;
    setStatus('connecting');
    joined.current = false;
    let socket: Socket | null = null;
    let cancelled = false;
    // socket.io's client (a chunk of its own) loads here rather than before the board's first
    // canvas; the meeting connects a moment later, the document sync does not wait for it.
    import('socket.io-client').then(
      ({ io }) => {
        if (cancelled) return;
        // WebSocket first: it needs no sticky sessions behind a load balancer (several instances);
        // long-polling remains the fallback where websockets are blocked.
        socket = io({ path: '/socket.io', autoConnect: true, transports: ['websocket', 'polling'] });
        socketRef.current = socket;
        listen(socket);
      },
      () => {
        // Not the server's doing, and not worth retrying here: see `Meeting['status']`.
        if (!cancelled) setStatus('load-failed');
      },
    );

    function listen(socket: Socket): void {
      const announceEditing = () => {
        if (editingTarget.current) socket.emit('editing', { target: editingTarget.current });
      };
      const receiveState = (next: MeetingState) => {
        setState(next);
        if (next.serverNow !== undefined) setClockOffsetMs(next.serverNow - Date.now());
        // Drop the cursors, strokes and editing of people who left.
        const present = new Set(next.roster.map((p) => p.id));
        const self = next.roster.find((p) => p.id === socket.id);
        if (self) saveGivenMeetingColor(boardId, self.color);
        setCursorMap((m) => Object.fromEntries(Object.entries(m).filter(([id]) => present.has(id))));
        setInkMap((m) => Object.fromEntries(Object.entries(m).filter(([, stroke]) => present.has(stroke.id))));
        setEditorMap((m) => Object.fromEntries(Object.entries(m).filter(([id]) => present.has(id))));
        // Someone new (or back) has not heard what we are editing: the server keeps none of it.
        const known = rosterIds.current;
        rosterIds.current = present;
        if ([...present].some((id) => !known.has(id) && id !== socket.id)) announceEditing();
      };
      const join = () => {
        const payload = {
          boardId,
          name,
          color: loadGivenMeetingColor(boardId) ?? color,
          ...(key ? { key } : {}),
          ...(readToken ? { readToken } : {}),
        };
        socket.emit('join', payload, (ack: unknown) => {
          const parsed = joinAckSchema.safeParse(ack);
          if (!parsed.success) {
            setStatus('refused');
            setRefusal({ code: 'invalid-payload', event: 'join', message: 'The server answered the join with an unexpected message.' });
            return;
          }
          if (!parsed.data.ok) {
            setStatus('refused');
            setRefusal(parsed.data.error);
            return;
          }
          setRole(parsed.data.role);
          setSelfId(parsed.data.self);
          // A (re)join: everyone present is told again what we are editing, once.
          joined.current = true;
          rosterIds.current = new Set(parsed.data.state.roster.map((p) => p.id));
          announceEditing();
          receiveState(parsed.data.state);
          setRefusal(null);
          setStatus('joined');
        });
      };
      socket.on('connect', join);
      socket.on('disconnect', () => {
        joined.current = false;
        setStatus('disconnected');
        setCursorMap({});
        setInkMap({});
        setEditorMap({});
      });
      socket.on('meeting', (raw: unknown) => {
        const parsed = meetingStateSchema.safeParse(raw);
        if (parsed.success) receiveState(parsed.data);
      });
      socket.on('cursor-leave', (raw: unknown) => {
        const parsed = cursorLeaveSchema.safeParse(raw);
        if (!parsed.success) return;
        setCursorMap(({ [parsed.data.id]: _gone, ...rest }) => rest);
        setEditorMap(({ [parsed.data.id]: _gone, ...rest }) => rest);
      });
      socket.on('editing', (raw: unknown) => {
        const parsed = remoteEditingSchema.safeParse(raw);
        if (!parsed.success) return;
        const { id, name, color: editorColor, target } = parsed.data;
        setEditorMap(({ [id]: _was, ...rest }) => (target ? { ...rest, [id]: { id, name, color: editorColor, target } } : rest));
      });
      socket.on('cursor', (raw: unknown) => {
        const parsed = remoteCursorSchema.safeParse(raw);
        if (parsed.success) setCursorMap((m) => ({ ...m, [parsed.data.id]: parsed.data }));
      });
      socket.on('ink', (raw: unknown) => {
        const parsed = remoteInkSchema.safeParse(raw);
        if (!parsed.success) return;
        const { id, strokeId, points, color: inkColor, done } = parsed.data;
        const k = `${id}:${strokeId}`;
        setInkMap((m) => {
          if (done) {
            // The finished stroke arrives as an annotation through the document.
            const { [k]: _gone, ...rest } = m;
            return rest;
          }
          return { ...m, [k]: { id, strokeId, points, color: inkColor } };
        });
      });
      socket.on('error', (raw: unknown) => {
        const parsed = meetingErrorSchema.safeParse(raw);
        if (parsed.success) setLastError(parsed.data);
      });
      socket.on('read-link', (raw: unknown) => {
        const parsed = readLinkSchema.safeParse(raw);
        if (parsed.success) setReadLink(parsed.data);
      });
    }
    return () => {
      cancelled = true;
      socket?.removeAllListeners();
      socket?.disconnect();
      socketRef.current = null;
      if (cursorTimer.current !== null) window.clearTimeout(cursorTimer.current);
    };
  }, [boardId, name, color, key, readToken, enabled]);

  const sendCommand = useCallback((command: FacilitatorCommand) => {
    socketRef.current?.emit('command', command);
  }, []);

  const sendCursor = useCallback((x: number, y: number) => {
    pendingCursor.current = { x, y };
    if (cursorTimer.current !== null) return;
    const wait = Math.max(0, CURSOR_INTERVAL_MS - (performance.now() - lastCursorSent.current));
    cursorTimer.current = window.setTimeout(() => {
      cursorTimer.current = null;
      const p = pendingCursor.current;
      if (!p) return;
      lastCursorSent.current = performance.now();
      socketRef.current?.volatile.emit('cursor', p);
    }, wait);
  }, []);

  const sendInk = useCallback((stroke: InkPayload) => {
    socketRef.current?.emit('ink', stroke);
  }, []);

  const sendEditing = useCallback((target: EditTarget | null) => {
    if (target === null && editingTarget.current === null) return;
    editingTarget.current = target;
    if (joined.current) socketRef.current?.emit('editing', { target });
  }, []);

  const cursors = useMemo(() => Object.values(cursorMap), [cursorMap]);
  const editors = useMemo(() => Object.values(editorMap), [editorMap]);
  const ink = useMemo(() => Object.values(inkMap), [inkMap]);
  const ownColor = (selfId && state?.roster.find((p) => p.id === selfId)?.color) || null;
  return {
    status,
    role,
    selfId,
    color: ownColor,
    state,
    refusal,
    clockOffsetMs,
    cursors,
    ink,
    editors,
    lastError,
    readLink,
    sendCommand,
    sendCursor,
    sendInk,
    sendEditing,
  };
}
