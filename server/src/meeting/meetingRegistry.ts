import { createMeetingRoom, type MeetingRoom } from './meetingRoom';

/**
 * The meeting rooms of this process, by board id. A room outlives its last participant, so
 * that a reload (or everybody dropping off a flaky network) keeps the step and the timer; to
 * bound memory, only the `maxIdleRooms` most recently used empty rooms are kept.
 */
export class MeetingRegistry {
  private readonly rooms = new Map<string, MeetingRoom>();

  /** @param maxIdleRooms empty rooms kept in memory, least recently used dropped first. */
  constructor(private readonly maxIdleRooms: number) {}

  /** The board's room, creating a fresh one (with the given lock flag) if needed. */
  get(boardId: string, locked = false): MeetingRoom {
    return this.rooms.get(boardId) ?? createMeetingRoom(locked);
  }

  /** Whether a room (possibly empty) is held for the board. */
  has(boardId: string): boolean {
    return this.rooms.has(boardId);
  }

  /** Replaces the board's room with `change(room)` and returns the new room. */
  update(boardId: string, change: (room: MeetingRoom) => MeetingRoom): MeetingRoom {
    const next = change(this.get(boardId));
    // Re-inserting moves the board to the end of the Map: insertion order is recency order.
    this.rooms.delete(boardId);
    this.rooms.set(boardId, next);
    if (next.roster.length === 0) this.evictIdle();
    return next;
  }

  /** Drops the board's room (the board was deleted). */
  forget(boardId: string): void {
    this.rooms.delete(boardId);
  }

  /** Number of rooms held (active and idle). */
  get size(): number {
    return this.rooms.size;
  }

  private evictIdle(): void {
    let idle = 0;
    for (const room of this.rooms.values()) if (room.roster.length === 0) idle += 1;
    for (const [boardId, room] of this.rooms) {
      if (idle <= this.maxIdleRooms) break;
      if (room.roster.length === 0) {
        this.rooms.delete(boardId);
        idle -= 1;
      }
    }
  }
}
