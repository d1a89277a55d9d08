import type { Meeting } from './useMeeting';

/** A joined facilitator's meeting for component tests: nothing sent anywhere unless overridden. */
export function fakeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    status: 'joined',
    role: 'facilitator',
    selfId: 's1',
    color: null,
    state: null,
    refusal: null,
    clockOffsetMs: 0,
    cursors: [],
    ink: [],
    editors: [],
    lastError: null,
    readLink: null,
    sendCommand: () => {},
    sendCursor: () => {},
    sendInk: () => {},
    sendEditing: () => {},
    ...overrides,
  };
}
