// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectionReducer, initialConnectionState, type ConnectionEvent } from '../sync/connectionState';
import { ConnectionBadge } from './ConnectionBadge';

afterEach(cleanup);

const stateAfter = (events: ConnectionEvent[]) => events.reduce(connectionReducer, initialConnectionState());
const online: ConnectionEvent[] = [
  { type: 'status', status: 'connected' },
  { type: 'sync', synced: true },
];
/** A local edit of one thing (see changedThings). */
const edit = (thing: string): ConnectionEvent => ({ type: 'local-update', things: [thing] });

function badge(events: ConnectionEvent[]) {
  render(<ConnectionBadge connection={stateAfter(events)} />);
  return screen.getByRole('status');
}

describe('ConnectionBadge', () => {
  it('counts only, when offline with edits both unsent and held, so the top bar keeps one row; the title has the words', () => {
    // Two edits made offline, then the facilitator locks (the meeting heard it) and one more is held.
    const b = badge([...online, { type: 'status', status: 'disconnected' }, edit('stickies:b'), edit('comms:c'), { type: 'writes-held', held: true }, edit('stickies:a')]);
    expect(b.getAttribute('data-held')).toBe('1');
    expect(b.getAttribute('data-unsynced')).toBe('2');
    expect(b.textContent).toBe('Reconnecting… · 2 unsynced · 1 held');
    expect(b.title).toMatch(/^Reconnecting… · 2 unsynced changes · 1 sticky held until unlocked\. /);
  });

  it('says online when everything is shared', () => {
    const b = badge([...online, edit('stickies:a')]);
    expect(b.textContent).toBe('Online');
    expect(b.getAttribute('title')).toBe('Changes are saved and shared live');
  });

  it('never says online or saved for an edit the lock holds back, and says when it will be shared', () => {
    const b = badge([...online, { type: 'writes-held', held: true }, edit('stickies:a')]);
    expect(b.textContent).toBe('1 sticky held until unlocked');
    expect(b.textContent).not.toContain('Online');
    expect(b.getAttribute('data-held')).toBe('1');
    expect(b.getAttribute('data-unsynced')).toBe('0');
    expect(b.className).toContain('held');
    expect(b.getAttribute('title')).toMatch(/locked the board.*kept on this device.*shared with everyone as soon as the board is unlocked/);
  });

  it('counts what is held as things: a sticky added and typed in is one', () => {
    const held: ConnectionEvent[] = [...online, { type: 'writes-held', held: true }, edit('stickies:a'), edit('stickies:a'), edit('stickies:b')];
    expect(badge(held).textContent).toBe('2 stickies held until unlocked');
  });

  it('says online with a locked board when nothing of this user is held', () => {
    const b = badge([...online, { type: 'writes-held', held: true }]);
    expect(b.textContent).toBe('Online');
    expect(b.className).not.toContain('held');
  });

  it('keeps the connection state in front when it is not online', () => {
    const b = badge([...online, { type: 'writes-held', held: true }, edit('stickies:a'), { type: 'status', status: 'disconnected' }]);
    expect(b.textContent).toBe('Reconnecting… · 1 sticky held until unlocked');
  });

  it('goes back to online once unlocked', () => {
    const b = badge([...online, { type: 'writes-held', held: true }, edit('stickies:a'), { type: 'writes-held', held: false }]);
    expect(b.textContent).toBe('Online');
    expect(b.getAttribute('data-held')).toBe('0');
  });

  it('counts two stickies made offline as two stickies (each was added, then typed in: 4 updates)', () => {
    const b = badge([
      ...online,
      { type: 'browser-online', online: false },
      { type: 'status', status: 'disconnected' },
      edit('stickies:a'),
      edit('stickies:a'),
      edit('stickies:b'),
      edit('stickies:b'),
    ]);
    expect(b.textContent).toBe('Offline · 2 unsynced stickies');
    expect(b.getAttribute('data-unsynced')).toBe('2');
    expect(b.getAttribute('title')).toContain('(2 stickies)');
  });

  it('says "changes" for things of several kinds', () => {
    expect(badge([{ type: 'status', status: 'disconnected' }, edit('stickies:a'), edit('comms:b')]).textContent).toBe('Connecting… · 2 unsynced changes');
  });

  it('is not Online until the meeting has caught up too (a stale step stayed up, under "Online")', () => {
    const back = stateAfter([...online, { type: 'status', status: 'disconnected' }, ...online]);
    const view = render(<ConnectionBadge connection={back} meeting="rejoining" />);
    const b = screen.getByTestId('connection-status');
    expect(b.dataset.state).toBe('reconnecting');
    expect(b.textContent).toBe('Reconnecting…');
    expect(b.title).toContain('meeting');
    view.rerender(<ConnectionBadge connection={back} meeting="caught-up" />);
    expect(b.dataset.state).toBe('online');
    expect(b.textContent).toBe('Online');
  });
});
