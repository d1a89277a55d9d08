import type {
  CursorLeave,
  MeetingError,
  MeetingState,
  ReadLink,
  RemoteCursor,
  RemoteEditing,
  RemoteInk,
  Role,
} from '@gapboard/shared';
import type { Server, Socket } from 'socket.io';

/**
 * Events a client may send. Arguments are `unknown` on purpose: nothing from the network is
 * trusted until it went through the zod schema of `@gapboard/shared`'s meetingEvents.
 */
export interface MeetingClientEvents {
  join: (...args: unknown[]) => void;
  cursor: (...args: unknown[]) => void;
  ink: (...args: unknown[]) => void;
  editing: (...args: unknown[]) => void;
  command: (...args: unknown[]) => void;
}

/** Events the server sends; payload shapes are the schemas in meetingEvents. */
export interface MeetingServerEvents {
  meeting: (state: MeetingState) => void;
  cursor: (cursor: RemoteCursor) => void;
  ink: (ink: RemoteInk) => void;
  editing: (editing: RemoteEditing) => void;
  'cursor-leave': (leave: CursorLeave) => void;
  error: (error: MeetingError) => void;
  'read-link': (link: ReadLink) => void;
}

/** Who a joined socket is; kept in `socket.data` so adapters (`fetchSockets`) can see it. */
export interface MeetingSocketData {
  member?: { boardId: string; role: Role; name: string; color: string };
}

/** The typed socket.io server of the live meeting (decorated on Fastify as `io`). */
export type MeetingServer = Server<MeetingClientEvents, MeetingServerEvents, Record<string, never>, MeetingSocketData>;

/** One client connection of the live meeting. */
export type MeetingSocket = Socket<MeetingClientEvents, MeetingServerEvents, Record<string, never>, MeetingSocketData>;

/** The events a client may send, for rejecting anything else early. */
export const meetingClientEvents: ReadonlySet<string> = new Set(['join', 'cursor', 'ink', 'editing', 'command']);

/** The socket.io room holding one board's meeting. */
export function boardRoom(boardId: string): string {
  return `board:${boardId}`;
}
