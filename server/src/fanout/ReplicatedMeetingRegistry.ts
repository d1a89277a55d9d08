import type { Server } from 'socket.io';
import { z } from 'zod';
import { meetingStateSchema, participantSchema, type Participant } from '@gapboard/shared';
import { MeetingRegistry } from '../meeting/meetingRegistry';
import { createMeetingRoom, toMeetingState, type MeetingRoom } from '../meeting/meetingRoom';
import { boardRoom, type MeetingServer } from '../meeting/meetingServer';

/** The server-side socket.io event the instances exchange meeting state on. */
export const MEETING_REPLICA_EVENT = 'gapboard:meeting-replica';

const sharedFields = ['step', 'timer', 'followMe', 'viewport', 'locked'] as const;
type SharedField = (typeof sharedFields)[number];

const versionSchema = z.object({ at: z.number(), by: z.string() });
const fieldSchemas = meetingStateSchema.pick({ step: true, timer: true, followMe: true, viewport: true, locked: true }).shape;

/** One instance's word on a board's meeting: each shared field with its version, and its own participants. */
const replicaMessageSchema = z.object({
  kind: z.enum(['change', 'hello', 'state']),
  boardId: z.string().min(1),
  from: z.string().min(1),
  fields: z.object({
    step: z.object({ value: fieldSchemas.step, version: versionSchema }),
    timer: z.object({ value: fieldSchemas.timer, version: versionSchema }),
    followMe: z.object({ value: fieldSchemas.followMe, version: versionSchema }),
    viewport: z.object({ value: fieldSchemas.viewport, version: versionSchema }),
    locked: z.object({ value: fieldSchemas.locked, version: versionSchema }),
  }),
  roster: z.array(participantSchema),
  /** The sender's merged view (JSON) after the change, to skip re-announcing what it already broadcast. */
  view: z.string(),
});
type ReplicaMessage = z.infer<typeof replicaMessageSchema>;
type Version = z.infer<typeof versionSchema>;
type Fields = ReplicaMessage['fields'];

interface BoardReplica {
  fields: Fields;
  /** Participants by instance id (this instance included), with when that instance last spoke. */
  rosters: Map<string, { participants: Participant[]; seenAt: number }>;
}

/** Options of {@link ReplicatedMeetingRegistry}. */
export interface ReplicatedMeetingRegistryOptions {
  /** The socket.io server, with an adapter (Redis) that reaches the other instances. */
  io: MeetingServer;
  instanceId: string;
  maxIdleRooms: number;
  now: () => number;
  /** @default 10 s — how often an instance re-announces the boards it has participants on. */
  heartbeatMs?: number;
  /** @default 35 s — participants of an instance not heard from for this long are dropped (it died). */
  rosterTtlMs?: number;
  log: { warn(obj: object, msg?: string): void };
}

/**
 * The meeting state of several instances kept consistent by replication over the socket.io
 * adapter (`serverSideEmit`, i.e. Redis pub/sub), with the same synchronous API as
 * {@link MeetingRegistry} so the meeting service is unchanged.
 *
 * - Shared fields (step, timer, follow-me, viewport, lock) are last-writer-wins registers: each
 *   carries a version (clock, instance id); a change bumps only the fields it changed.
 * - The roster is the union of each instance's own participants; each instance publishes its
 *   own list (on change and every `heartbeatMs`), and lists of an instance silent for
 *   `rosterTtlMs` are dropped, so a killed instance's participants disappear.
 * - An instance that meets a board for the first time says hello; peers answer with their
 *   state and the newcomer re-announces the merged state to its own clients.
 *
 * A change is broadcast by the meeting service through the adapter to every instance's
 * clients; an instance re-announces to its own clients only when its merged view differs.
 */
export class ReplicatedMeetingRegistry extends MeetingRegistry {
  private readonly boards = new Map<string, BoardReplica>();
  private readonly io: Server;
  private readonly rosterTtlMs: number;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly options: ReplicatedMeetingRegistryOptions) {
    super(options.maxIdleRooms);
    this.io = options.io as unknown as Server;
    this.rosterTtlMs = options.rosterTtlMs ?? 35_000;
    this.io.on(MEETING_REPLICA_EVENT, (payload: unknown) => this.onPeer(payload));
    this.heartbeat = setInterval(() => this.tick(), options.heartbeatMs ?? 10_000);
    this.heartbeat.unref();
  }

  /** Stops the heartbeat (the socket.io server is closed by its plugin). */
  close(): void {
    clearInterval(this.heartbeat);
  }

  override get(boardId: string, locked = false): MeetingRoom {
    const replica = this.boards.get(boardId);
    return replica ? this.view(replica) : createMeetingRoom(locked);
  }

  override has(boardId: string): boolean {
    return this.boards.has(boardId);
  }

  /** Drops this instance's replica; peers drop their own as their deletion listeners run or their rosters expire. */
  override forget(boardId: string): void {
    this.boards.delete(boardId);
  }

  override get size(): number {
    return this.boards.size;
  }

  override update(boardId: string, change: (room: MeetingRoom) => MeetingRoom): MeetingRoom {
    let replica = this.boards.get(boardId);
    const fresh = !replica;
    if (!replica) replica = this.freshReplica();
    const before = this.view(replica);
    const next = change(before);
    const remoteIds = new Set<string>();
    for (const [instance, list] of replica.rosters) {
      if (instance !== this.options.instanceId) for (const p of list.participants) remoteIds.add(p.id);
    }
    const now = this.options.now();
    replica.rosters.set(this.options.instanceId, { participants: next.roster.filter((p) => !remoteIds.has(p.id)), seenAt: now });
    for (const field of sharedFields) {
      if (JSON.stringify(before[field]) === JSON.stringify(next[field])) continue;
      const version: Version = { at: Math.max(now, replica.fields[field].version.at + 1), by: this.options.instanceId };
      (replica.fields[field] as { value: unknown; version: Version }) = { value: next[field], version };
    }
    // Re-inserting keeps Map order = recency order, for evicting idle boards.
    this.boards.delete(boardId);
    this.boards.set(boardId, replica);
    const merged = this.view(replica);
    this.publish(fresh ? 'hello' : 'change', boardId, replica, merged);
    if (merged.roster.length === 0) this.dropIdleBoards();
    return merged;
  }

  private freshReplica(): BoardReplica {
    const room = createMeetingRoom();
    const v = { at: 0, by: '' };
    return {
      fields: {
        step: { value: room.step, version: v },
        timer: { value: { ...room.timer }, version: v },
        followMe: { value: room.followMe, version: v },
        viewport: { value: room.viewport, version: v },
        locked: { value: room.locked, version: v },
      },
      rosters: new Map(),
    };
  }

  /** The merged room: shared fields, and every live instance's participants (ordered by instance id). */
  private view(replica: BoardReplica): MeetingRoom {
    const now = this.options.now();
    const roster: Participant[] = [];
    const instances = [...replica.rosters.keys()].sort();
    for (const instance of instances) {
      const list = replica.rosters.get(instance)!;
      if (instance !== this.options.instanceId && now - list.seenAt > this.rosterTtlMs) continue;
      for (const p of list.participants) if (!roster.some((q) => q.id === p.id)) roster.push(p);
    }
    const f = replica.fields;
    return { step: f.step.value, timer: f.timer.value, followMe: f.followMe.value, viewport: f.viewport.value, locked: f.locked.value, roster };
  }

  private publish(kind: ReplicaMessage['kind'], boardId: string, replica: BoardReplica, merged: MeetingRoom): void {
    const message: ReplicaMessage = {
      kind,
      boardId,
      from: this.options.instanceId,
      fields: replica.fields,
      roster: replica.rosters.get(this.options.instanceId)?.participants ?? [],
      view: viewKey(merged),
    };
    try {
      this.io.serverSideEmit(MEETING_REPLICA_EVENT, message);
    } catch (error) {
      this.options.log.warn({ err: String(error), boardId }, 'could not replicate meeting state');
    }
  }

  private onPeer(payload: unknown): void {
    const parsed = replicaMessageSchema.safeParse(payload);
    if (!parsed.success) {
      this.options.log.warn({ error: parsed.error.message }, 'dropped an invalid meeting replica message');
      return;
    }
    const message = parsed.data;
    if (message.from === this.options.instanceId) return;
    const replica = this.boards.get(message.boardId);
    if (!replica) return; // nobody here is in this meeting; a join will say hello
    const before = viewKey(this.view(replica));
    replica.rosters.set(message.from, { participants: message.roster, seenAt: this.options.now() });
    for (const field of sharedFields) {
      const theirs = message.fields[field];
      if (newer(theirs.version, replica.fields[field].version)) (replica.fields[field] as typeof theirs) = theirs;
    }
    const merged = this.view(replica);
    const after = viewKey(merged);
    if (after === before) {
      if (message.kind === 'hello') this.publish('state', message.boardId, replica, merged);
      return;
    }
    switch (message.kind) {
      case 'hello':
        // Answer the newcomer; it re-announces the merged state to everybody once it has it (its
        // own first broadcast, sent before our answer arrived, was incomplete).
        this.publish('state', message.boardId, replica, merged);
        return;
      case 'state':
        this.announce(message.boardId, merged, 'everywhere');
        return;
      case 'change':
        // The sender's broadcast already reached our clients, unless our merged view differs.
        if (after !== message.view) this.announce(message.boardId, merged, 'here');
        return;
    }
  }

  /** Re-announces our participants, and drops the participants of instances gone silent. */
  private tick(): void {
    for (const [boardId, replica] of this.boards) {
      const merged = this.view(replica);
      const mine = replica.rosters.get(this.options.instanceId);
      if (mine && mine.participants.length > 0) this.publish('state', boardId, replica, merged);
      let expired = false;
      for (const [instance, list] of replica.rosters) {
        if (instance !== this.options.instanceId && this.options.now() - list.seenAt > this.rosterTtlMs) {
          replica.rosters.delete(instance);
          expired = expired || list.participants.length > 0;
        }
      }
      if (expired) this.announce(boardId, this.view(replica), 'here');
    }
  }

  /** Sends the merged state to the board's clients on this instance only, or on every instance. */
  private announce(boardId: string, room: MeetingRoom, where: 'here' | 'everywhere'): void {
    const target = where === 'here' ? this.options.io.local : this.options.io;
    target.to(boardRoom(boardId)).emit('meeting', toMeetingState(room, this.options.now()));
  }

  private dropIdleBoards(): void {
    let idle = 0;
    const views = new Map([...this.boards].map(([id, r]) => [id, this.view(r)] as const));
    for (const room of views.values()) if (room.roster.length === 0) idle += 1;
    for (const [boardId, room] of views) {
      if (idle <= this.options.maxIdleRooms) break;
      if (room.roster.length === 0) {
        this.boards.delete(boardId);
        idle -= 1;
      }
    }
  }
}

function newer(a: Version, b: Version): boolean {
  return a.at > b.at || (a.at === b.at && a.by > b.by);
}

function viewKey(room: MeetingRoom): string {
  return JSON.stringify({ ...room });
}
