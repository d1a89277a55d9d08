// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PART_NOT_LOADED } from '../app/ChunkLoadError';
import { LoadFailedNotice } from '../app/LoadFailedNotice';
import { useMeeting, type Meeting } from './useMeeting';

// The meeting's chunk (socket.io's client) fails to arrive, as after a redeploy or a dropped network.
vi.mock('socket.io-client', () => {
  throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/socket.io-client-0ld.js');
});

afterEach(cleanup);

/** The meeting as the board page wires it: the hook, and the notice it shows on a failed load. */
function Harness({ onMeeting, reload }: { onMeeting(meeting: Meeting): void; reload(): void }) {
  const meeting = useMeeting({ boardId: 'Vh3k9Qm2xPz7Lr4Tn8Wc5y', name: 'Ana', color: '#123456', key: null, readToken: null, enabled: true });
  onMeeting(meeting);
  return meeting.status === 'load-failed' ? <LoadFailedNotice reload={reload} /> : <p>{meeting.status}</p>;
}

describe('useMeeting when its code cannot be loaded', () => {
  it('says so, as a load failure rather than a server error, and offers a reload', async () => {
    let meeting: Meeting | null = null;
    const reload = vi.fn();
    render(<Harness onMeeting={(m) => (meeting = m)} reload={reload} />);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(PART_NOT_LOADED);
    expect(PART_NOT_LOADED).toBe('Part of Gapboard could not be loaded — check your connection and reload the page.');
    expect(meeting).toMatchObject({ status: 'load-failed', lastError: null, refusal: null });

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
