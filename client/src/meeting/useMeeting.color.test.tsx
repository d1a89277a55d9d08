// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingState, Participant } from '@gapboard/shared';
import { FakeSocket } from './fakeSocket.testHelper';
import { useMeeting, type Meeting } from './useMeeting';

const socket = new FakeSocket();
vi.mock('socket.io-client', () => ({ io: () => socket }));

afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  socket.sent = [];
  socket.removeAllListeners();
});

const stored = '#1f77b4';
const given = '#ff7f0e';
const person = (id: string, name: string, color: string): Participant => ({ id, name, color, role: 'participant' });
const state = (roster: Participant[]): MeetingState => ({
  step: 'prep',
  timer: { endsAt: null, remainingMs: 0, running: false },
  followMe: false,
  viewport: null,
  locked: false,
  roster,
});
const joinColors = () => socket.sent.filter((s) => s.event === 'join').map((s) => (s.payload as { color: string }).color);

function Harness({ onMeeting }: { onMeeting(meeting: Meeting): void }) {
  onMeeting(useMeeting({ boardId: 'Vh3k9Qm2xPz7Lr4Tn8Wc5y', name: 'Aisha', color: stored, key: null, readToken: null, enabled: true }));
  return null;
}

describe('useMeeting: our colour', () => {
  it('is the one the meeting gave (someone present had the stored one), and is asked for again after a reconnect', async () => {
    let meeting!: Meeting;
    render(<Harness onMeeting={(m) => (meeting = m)} />);
    await waitFor(() => expect(socket.listens('connect')).toBe(true));
    expect(meeting.color).toBeNull();

    socket.receive('connect');
    expect(joinColors()).toEqual([stored]);
    act(() => socket.joinAck!({ ok: true, role: 'participant', self: 'me', state: state([person('j', 'Jonas', stored), person('me', 'Aisha', given)]) }));
    expect(meeting.color).toBe(given);

    // Jonas leaves: Aisha keeps the colour she has, rather than switching back mid-meeting.
    socket.receive('meeting', state([person('me', 'Aisha', given)]));
    expect(meeting.color).toBe(given);

    // A dropped connection: the rejoin asks for the colour the others have been seeing.
    socket.receive('disconnect');
    socket.id = 'me-again';
    socket.receive('connect');
    expect(joinColors()).toEqual([stored, given]);
  });

  it('is asked for again after a reload of the page, even when an earlier colour has been freed since', async () => {
    socket.id = 'me';
    let meeting!: Meeting;
    const first = render(<Harness onMeeting={(m) => (meeting = m)} />);
    await waitFor(() => expect(socket.listens('connect')).toBe(true));
    socket.receive('connect');
    act(() => socket.joinAck!({ ok: true, role: 'participant', self: 'me', state: state([person('j', 'Jonas', stored), person('me', 'Aisha', given)]) }));
    expect(meeting.color).toBe(given);

    // The page reloads: a new hook, a new socket connection, no memory of the last join in React.
    first.unmount();
    socket.removeAllListeners();
    socket.id = 'me-after-reload';
    render(<Harness onMeeting={(m) => (meeting = m)} />);
    await waitFor(() => expect(socket.listens('connect')).toBe(true));
    socket.receive('connect');
    expect(joinColors()).toEqual([stored, given]);
  });
});
