/**
 * What the connection badge shows, derived from provider events by a pure reducer so it can be
 * tested without a network.
 *
 * "Unsynced" are the things (a sticky, a comm, a prep field; see `changedThings`) changed locally
 * in updates the server has not seen yet. y-websocket sends an update as soon as it is made while
 * the socket is connected and synced; an update made while disconnected (or before the first
 * sync) waits in the document (and in IndexedDB) and is sent by the sync handshake after
 * reconnecting. So: collect what local updates change while not connected-and-synced, and clear
 * it when a connection completes its sync. Things, not updates: a new sticky with its text is two
 * updates, and "4 unsynced edits" for two stickies did not match what the user did.
 *
 * "Held" are the things changed in local updates the server refuses for now: the facilitator locked the board
 * and this user is a participant. The server drops them silently (y-websocket has no refusal
 * message), so neither the socket nor the sync says so; the meeting's lock does. They stay in
 * the document (and IndexedDB), and once the board is unlocked the server asks for them again,
 * so they count as held until then, not as saved.
 */
export interface ConnectionState {
  /** Socket status as the provider reports it. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The current connection finished the sync handshake. */
  synced: boolean;
  /** The browser reports a network (navigator.onLine). */
  browserOnline: boolean;
  /** A connection has been synced at least once in this session. */
  everSynced: boolean;
  /** What changed locally and is not on the server yet, each thing once (`stickies:<id>`…). */
  unsynced: readonly string[];
  /** How many things are unsynced (`unsynced.length`): what is remembered across a reload. */
  unsyncedEdits: number;
  /** The board is locked for this user: the server refuses their document writes for now. */
  writesHeld: boolean;
  /** Things changed (or left unsent) while writes are held: shared once the board is unlocked. */
  held: readonly string[];
  /** `held.length`. */
  heldEdits: number;
  /** The server refused the board for good (e.g. unknown board, 4404); no more retries. */
  closed: { code: number; reason: string } | null;
}

export type ConnectionEvent =
  | { type: 'status'; status: ConnectionState['socket'] }
  | { type: 'sync'; synced: boolean }
  | { type: 'local-update'; things: readonly string[] }
  | { type: 'browser-online'; online: boolean }
  | { type: 'writes-held'; held: boolean }
  | { type: 'closed'; code: number; reason: string };

/**
 * The state before any event. `unsyncedEdits` may start above zero: edits made offline before a
 * reload are still in IndexedDB, and their count is remembered until a sync sends them (as that
 * many unnamed changes: what they were is not kept).
 */
export const initialConnectionState = (browserOnline = true, unsyncedEdits = 0): ConnectionState => {
  // Capped: an older version remembered a count of updates, not of things.
  const unsynced = Array.from({ length: Math.min(10_000, Math.max(0, Math.floor(unsyncedEdits))) }, (_, i) => `earlier:${i}`);
  return { socket: 'connecting', synced: false, browserOnline, everSynced: false, ...withUnsynced(unsynced), writesHeld: false, ...withHeld([]), closed: null };
};

/** `list` with `things` it lacks added (the same list when there are none). */
function union(list: readonly string[], things: readonly string[]): readonly string[] {
  const fresh = things.filter((t) => !list.includes(t));
  return fresh.length === 0 ? list : [...list, ...fresh];
}
const withUnsynced = (unsynced: readonly string[]) => ({ unsynced, unsyncedEdits: unsynced.length });
const withHeld = (held: readonly string[]) => ({ held, heldEdits: held.length });

export function connectionReducer(state: ConnectionState, event: ConnectionEvent): ConnectionState {
  switch (event.type) {
    case 'status':
      // A new or lost socket has not synced yet, whatever the previous one did.
      return { ...state, socket: event.status, synced: event.status === 'connected' ? state.synced : false };
    case 'sync':
      if (event.synced && state.socket === 'connected') {
        // While locked, what the sync handshake sent was refused with the rest: still held.
        const held = state.writesHeld ? union(state.held, state.unsynced) : state.held;
        return { ...state, synced: true, everSynced: true, ...withUnsynced([]), ...withHeld(held) };
      }
      return { ...state, synced: event.synced && state.socket === 'connected' };
    case 'local-update': {
      if (state.writesHeld) {
        const held = union(state.held, event.things);
        return held === state.held ? state : { ...state, ...withHeld(held) };
      }
      if (state.socket === 'connected' && state.synced) return state;
      const unsynced = union(state.unsynced, event.things);
      return unsynced === state.unsynced ? state : { ...state, ...withUnsynced(unsynced) };
    }
    case 'writes-held': {
      if (event.held === state.writesHeld) return state;
      if (event.held) return { ...state, writesHeld: true };
      // Unlocked: the server now asks this connection for what it refused. Without a synced
      // connection the held edits wait for the next sync like any unsynced edit.
      const shared = state.socket === 'connected' && state.synced;
      return { ...state, writesHeld: false, ...withHeld([]), ...withUnsynced(shared ? state.unsynced : union(state.unsynced, state.held)) };
    }
    case 'browser-online':
      return { ...state, browserOnline: event.online };
    case 'closed':
      return { ...state, socket: 'disconnected', synced: false, closed: { code: event.code, reason: event.reason } };
  }
}

/** The badge's label: online, connecting (first time), reconnecting, or offline. */
export type ConnectionBadgeKind = 'online' | 'connecting' | 'reconnecting' | 'offline' | 'closed';

/** Where the live meeting (step, timer, people here) stands, as far as the badge cares. */
export type MeetingCatchUp = 'caught-up' | 'joining' | 'rejoining';

/**
 * The badge says "Online" only once the live meeting has caught up too (`meeting`), so that it
 * never vouches for a step or a timer still left from before the connection dropped.
 */
export function badgeKind(state: ConnectionState, meeting: MeetingCatchUp = 'caught-up'): ConnectionBadgeKind {
  if (state.closed) return 'closed';
  if (!state.browserOnline) return 'offline';
  if (state.socket === 'connected' && state.synced) {
    return meeting === 'caught-up' ? 'online' : meeting === 'joining' ? 'connecting' : 'reconnecting';
  }
  // y-websocket flips between disconnected and connecting while it backs off; both mean the
  // same to a user: we are trying to get back.
  return state.everSynced ? 'reconnecting' : 'connecting';
}

/**
 * Whether the board's content has arrived as far as it will for now, so the view stops fitting
 * itself to it: after the first server sync, or, when the server cannot be reached (offline,
 * refused, first attempt failed), once the local copy has loaded. A board opened offline would
 * otherwise keep refitting as its content changes.
 */
export function contentArrived(state: ConnectionState, localLoaded: boolean): boolean {
  if (state.everSynced) return true;
  const unreachable = !state.browserOnline || state.closed !== null || state.socket === 'disconnected';
  return localLoaded && unreachable;
}
