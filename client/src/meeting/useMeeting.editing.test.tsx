// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingState, Participant } from '@gapboard/shared';
import { FakeSocket } from './fakeSocket.testHelper';
import { useMeeting, type Meeting } from './useMeeting';

const socket = new FakeSocket();
vi.mock('socket.io-client', () => ({ io: () => socket }));

afterEach(cleanup);

const person = (id: string, name: string): Participant => ({ id, name, color: '#123456', role: 'participant' });
const state = (roster: Participant[]): MeetingState => ({
  step: 'assessment',
  timer: { endsAt: null, remainingMs: 0, running: false },
  followMe: false,
  viewport: null,
  locked: false,
  roster,
});
const sticky = { collection: 'stickies' as const, id: 's1', field: 'text' };

function Harness({ onMeeting }: { onMeeting(meeting: Meeting): void }) {
  onMeeting(useMeeting({ boardId: 'Vh3k9Qm2xPz7Lr4Tn8Wc5y', name: 'Aisha', color: '#123456', key: null, readToken: null, enabled: true }));
  return null;
}

describe('useMeeting: who is editing what', () => {
  it("tracks others' editing, says its own once joined, again to newcomers, and drops those who leave", async () => {
    let meeting!: Meeting;
    render(<Harness onMeeting={(m) => (meeting = m)} />);
    await waitFor(() => expect(socket.listens('connect')).toBe(true));
    socket.receive('connect');

    // Editing before the join is acknowledged: said at the join, not refused before it.
    act(() => meeting.sendEditing(sticky));
    expect(socket.editingSent()).toEqual([]);
    act(() => socket.joinAck!({ ok: true, role: 'participant', self: 'me', state: state([person('me', 'Aisha'), person('j', 'Jonas')]) }));
    expect(socket.editingSent()).toEqual([{ target: sticky }]);

    socket.receive('editing', { id: 'j', name: 'Jonas', color: '#ff0000', target: sticky });
    expect(meeting.editors).toEqual([{ id: 'j', name: 'Jonas', color: '#ff0000', target: sticky }]);
    socket.receive('editing', { id: 'j', name: 'Jonas', color: '#ff0000', target: { bad: true } });
    expect(meeting.editors).toHaveLength(1);

    // Lee joins: told what Aisha edits (the server keeps none of it); a roster change without newcomers is not.
    socket.receive('meeting', state([person('me', 'Aisha'), person('j', 'Jonas'), person('l', 'Lee')]));
    socket.receive('meeting', state([person('me', 'Aisha'), person('j', 'Jonas'), person('l', 'Lee')]));
    expect(socket.editingSent()).toEqual([{ target: sticky }, { target: sticky }]);

    act(() => meeting.sendEditing(null));
    act(() => meeting.sendEditing(null));
    expect(socket.editingSent()).toEqual([{ target: sticky }, { target: sticky }, { target: null }]);

    socket.receive('editing', { id: 'j', name: 'Jonas', color: '#ff0000', target: null });
    expect(meeting.editors).toEqual([]);
    socket.receive('editing', { id: 'j', name: 'Jonas', color: '#ff0000', target: sticky });
    socket.receive('editing', { id: 'l', name: 'Lee', color: '#00ff00', target: sticky });
    socket.receive('cursor-leave', { id: 'j' });
    expect(meeting.editors.map((e) => e.name)).toEqual(['Lee']);
    socket.receive('meeting', state([person('me', 'Aisha')]));
    expect(meeting.editors).toEqual([]);
  });
});
