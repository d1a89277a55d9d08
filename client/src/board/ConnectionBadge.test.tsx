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

function badge(events: ConnectionEvent[]) {
  render(<ConnectionBadge connection={stateAfter(events)} />);
  return screen.getByRole('status');
}

describe('ConnectionBadge', () => {
  it('says online when everything is shared', () => {
    const b = badge([...online, { type: 'local-update' }]);
    expect(b.textContent).toBe('Online');
    expect(b.getAttribute('title')).toBe('Changes are saved and shared live');
  });

  it('never says online or saved for an edit the lock holds back, and says when it will be shared', () => {
    const b = badge([...online, { type: 'writes-held', held: true }, { type: 'local-update' }]);
    expect(b.textContent).toBe('1 edit held — shared when the facilitator unlocks');
    expect(b.textContent).not.toContain('Online');
    expect(b.getAttribute('data-held')).toBe('1');
    expect(b.getAttribute('data-unsynced')).toBe('0');
    expect(b.className).toContain('held');
    expect(b.getAttribute('title')).toMatch(/locked the board.*kept on this device.*shared with everyone as soon as the board is unlocked/);
  });

  it('counts several held edits', () => {
    const held: ConnectionEvent[] = [...online, { type: 'writes-held', held: true }, { type: 'local-update' }, { type: 'local-update' }];
    expect(badge(held).textContent).toBe('2 edits held — shared when the facilitator unlocks');
  });

  it('says online with a locked board when nothing of this user is held', () => {
    const b = badge([...online, { type: 'writes-held', held: true }]);
    expect(b.textContent).toBe('Online');
    expect(b.className).not.toContain('held');
  });

  it('keeps the connection state in front when it is not online', () => {
    const b = badge([...online, { type: 'writes-held', held: true }, { type: 'local-update' }, { type: 'status', status: 'disconnected' }]);
    expect(b.textContent).toBe('Reconnecting… · 1 edit held — shared when the facilitator unlocks');
  });

  it('goes back to online once unlocked', () => {
    const b = badge([...online, { type: 'writes-held', held: true }, { type: 'local-update' }, { type: 'writes-held', held: false }]);
    expect(b.textContent).toBe('Online');
    expect(b.getAttribute('data-held')).toBe('0');
  });
});
