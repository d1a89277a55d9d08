import { describe, expect, it } from 'vitest';
import { badgeKind, connectionReducer, contentArrived, initialConnectionState, type ConnectionEvent, type ConnectionState } from './connectionState';

/** A local edit of `things` (see changedThings). */
const edit = (...things: string[]): ConnectionEvent => ({ type: 'local-update', things });

const run = (events: ConnectionEvent[], start: ConnectionState = initialConnectionState()): ConnectionState =>
  events.reduce(connectionReducer, start);

const online: ConnectionEvent[] = [
  { type: 'status', status: 'connected' },
  { type: 'sync', synced: true },
];

describe('connectionReducer', () => {
  it('does not count edits made while connected and synced', () => {
    const s = run([...online, edit('stickies:s1'), edit('stickies:s2')]);
    expect(s.unsyncedEdits).toBe(0);
    expect(badgeKind(s)).toBe('online');
  });

  it('counts edits made before the first sync', () => {
    const s = run([edit('stickies:s3'), { type: 'status', status: 'connected' }, edit('stickies:s4')]);
    expect(s.unsyncedEdits).toBe(2);
    expect(badgeKind(s)).toBe('connecting');
  });

  it('counts edits made while disconnected and clears them once the reconnection syncs', () => {
    const offline = run([
      ...online,
      { type: 'status', status: 'disconnected' },
      edit('stickies:s5'),
      { type: 'status', status: 'connecting' },
      edit('stickies:s6'),
      edit('stickies:s7'),
    ]);
    expect(offline.unsyncedEdits).toBe(3);
    expect(badgeKind(offline)).toBe('reconnecting');
    const connectedNotSynced = connectionReducer(offline, { type: 'status', status: 'connected' });
    expect(connectedNotSynced.unsyncedEdits).toBe(3);
    expect(connectionReducer(connectedNotSynced, edit('stickies:s8')).unsyncedEdits).toBe(4);
    const back = connectionReducer(connectedNotSynced, { type: 'sync', synced: true });
    expect(back.unsyncedEdits).toBe(0);
    expect(badgeKind(back)).toBe('online');
  });

  it('counts each thing once, however many updates changed it (a new sticky and its text: one)', () => {
    const offline = run([...online, { type: 'status', status: 'disconnected' }]);
    const s = run([edit('stickies:a'), edit('stickies:a'), edit('stickies:b', 'stickies:a'), edit('comms:c')], offline);
    expect(s.unsynced).toEqual(['stickies:a', 'stickies:b', 'comms:c']);
    expect(s.unsyncedEdits).toBe(3);
  });

  it('ignores a stale sync event that arrives after the socket dropped', () => {
    const s = run([...online, { type: 'status', status: 'disconnected' }, edit('stickies:s9'), { type: 'sync', synced: true }]);
    expect(s.unsyncedEdits).toBe(1);
    expect(s.synced).toBe(false);
  });

  it('shows offline when the browser has no network, whatever the socket says', () => {
    expect(badgeKind(run([...online, { type: 'browser-online', online: false }]))).toBe('offline');
  });

  it('shows reconnecting between reconnection attempts after having been online', () => {
    expect(badgeKind(run([...online, { type: 'status', status: 'disconnected' }]))).toBe('reconnecting');
  });

  it('keeps the count remembered from before a reload until the first sync', () => {
    const s = run([edit('stickies:s10'), { type: 'status', status: 'connected' }], initialConnectionState(true, 4));
    expect(s.unsyncedEdits).toBe(5);
    expect(connectionReducer(s, { type: 'sync', synced: true }).unsyncedEdits).toBe(0);
  });

  it('says online only once the meeting has caught up too', () => {
    const s = run(online);
    expect(badgeKind(s, 'joining')).toBe('connecting');
    expect(badgeKind(s, 'rejoining')).toBe('reconnecting');
    expect(badgeKind(s, 'caught-up')).toBe('online');
    // Offline and closed say so whatever the meeting does.
    expect(badgeKind(run([{ type: 'browser-online', online: false }], s), 'rejoining')).toBe('offline');
  });

  it('shows closed once the server refused the board', () => {
    const s = run([{ type: 'closed', code: 4404, reason: 'unknown board' }]);
    expect(badgeKind(s)).toBe('closed');
    expect(s.closed).toEqual({ code: 4404, reason: 'unknown board' });
  });
});

describe('connectionReducer on a board locked for this user', () => {
  const locked: ConnectionEvent = { type: 'writes-held', held: true };
  const unlocked: ConnectionEvent = { type: 'writes-held', held: false };

  it('counts edits made while connected and synced as held, never as saved', () => {
    const s = run([...online, locked, edit('stickies:h101'), edit('stickies:h102')]);
    expect(s.heldEdits).toBe(2);
    expect(s.unsyncedEdits).toBe(0);
  });

  it('lets them go on unlock over a synced connection: the server asks for them again', () => {
    const s = run([...online, locked, edit('stickies:h103'), unlocked]);
    expect(s.heldEdits).toBe(0);
    expect(s.unsyncedEdits).toBe(0);
    expect(run([unlocked], s)).toBe(s);
  });

  it('turns them into unsynced edits when the unlock finds no connection, cleared by the next sync', () => {
    const s = run([...online, locked, edit('stickies:h104'), { type: 'status', status: 'disconnected' }, unlocked]);
    expect(s.heldEdits).toBe(0);
    expect(s.unsyncedEdits).toBe(1);
    expect(run([{ type: 'status', status: 'connected' }, { type: 'sync', synced: true }], s).unsyncedEdits).toBe(0);
  });

  it('keeps edits made offline held when the reconnection syncs while still locked', () => {
    const s = run([...online, { type: 'status', status: 'disconnected' }, edit('stickies:h105'), locked, { type: 'status', status: 'connected' }, { type: 'sync', synced: true }]);
    expect(s.unsyncedEdits).toBe(0);
    expect(s.heldEdits).toBe(1);
  });

  it('counts a thing once when it waited offline and was edited again under the lock', () => {
    const s = run([...online, { type: 'status', status: 'disconnected' }, edit('stickies:x'), locked, edit('stickies:x'), { type: 'status', status: 'connected' }, { type: 'sync', synced: true }]);
    expect(s.held).toEqual(['stickies:x']);
    expect(s.heldEdits).toBe(1);
  });

  it('holds nothing once unlocked again', () => {
    const s = run([...online, locked, unlocked, edit('stickies:h106')]);
    expect(s.heldEdits).toBe(0);
    expect(s.unsyncedEdits).toBe(0);
  });
});

describe('contentArrived', () => {
  it('waits for the first server sync while the server is being reached', () => {
    expect(contentArrived(run([]), true)).toBe(false);
    expect(contentArrived(run([{ type: 'status', status: 'connected' }]), true)).toBe(false);
    expect(contentArrived(run(online), false)).toBe(true);
  });

  it('settles on the local copy once the server cannot be reached', () => {
    const failed = run([{ type: 'status', status: 'disconnected' }]);
    expect(contentArrived(failed, false)).toBe(false);
    expect(contentArrived(failed, true)).toBe(true);
    expect(contentArrived(run([{ type: 'browser-online', online: false }]), true)).toBe(true);
    expect(contentArrived(run([{ type: 'closed', code: 4404, reason: 'unknown board' }]), true)).toBe(true);
  });

  it('stays settled after a sync, through later disconnections', () => {
    expect(contentArrived(run([...online, { type: 'status', status: 'disconnected' }]), false)).toBe(true);
  });
});
