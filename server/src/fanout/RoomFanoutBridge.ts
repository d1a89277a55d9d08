import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { BoardRoom } from '../rooms/BoardRoom';
import type { BoardAccess } from '../boards/boardAccess';
import { remoteOrigin, type BoardFanout, type FanoutChannel, type FanoutMessage } from './BoardFanout';

/** The logger methods the bridge uses. */
export interface BridgeLogger {
  warn(obj: object, msg?: string): void;
}

/** Options of {@link RoomFanoutBridge}. */
export interface RoomFanoutBridgeOptions {
  fanout: BoardFanout;
  /** Lock flags are mirrored between instances so every instance drops writes to a locked board. */
  access: Pick<BoardAccess, 'onLockChange' | 'setLocked' | 'isLocked'>;
  log: BridgeLogger;
  /** Another instance deleted the board: end this instance's room too (clients get 4404). */
  onRemoteDelete?: (boardId: string) => void;
}

/**
 * Shares one live {@link BoardRoom} with the same board's rooms on other instances.
 *
 * - Out: every document update the room accepted from its own clients is published once its
 *   append is durable (so a peer never shows an edit that a crash could still lose); awareness
 *   changes of local clients are published at once (ephemeral).
 * - In: a peer's update or awareness is applied with {@link remoteOrigin}: the room broadcasts
 *   it to its clients but neither stores it (the origin instance did) nor republishes it.
 * - Join and reconnect: after loading from storage and subscribing, the room publishes a sync
 *   request with its state vector; each peer answers (once its own state is durable) with the
 *   diff plus its state vector, and the requester sends back what that peer lacks. This closes
 *   the window between loading and subscribing, and repairs whatever pub/sub dropped while Redis
 *   was away. Delete sets travel in every diff, so missed deletions are repaired too.
 */
export class RoomFanoutBridge {
  private channel: FanoutChannel | null = null;
  /** Messages that arrived while the room was still loading, applied in order once it is ready. */
  private early: FanoutMessage[] | null = [];
  private unwatchLock: () => void = () => {};
  /** The room ends because another instance said the board was deleted (nothing to pass on). */
  private deletedElsewhere = false;
  private detached = false;

  constructor(
    private readonly room: BoardRoom,
    private readonly options: RoomFanoutBridgeOptions,
  ) {
    // Subscribe at once, so nothing published while the room loads is missed; hold it until ready.
    this.channel = options.fanout.join(room.boardId, {
      onMessage: (message) => this.onMessage(message),
      onReconnect: () => this.requestSync(),
    });
    room.doc.once('destroy', () => this.detach());
    void room.ready.then(() => this.start());
  }

  /** Stops sharing this room (it closed or failed). */
  detach(): void {
    if (this.detached) return;
    this.detached = true;
    this.room.doc.off('update', this.onLocalUpdate);
    this.room.awareness.off('update', this.onLocalAwareness);
    this.unwatchLock();
    // Discarded here because the board was deleted here: the other instances' rooms end too.
    if (this.room.discarded && !this.deletedElsewhere) this.channel?.publish('deleted', []);
    this.channel?.leave();
    this.channel = null;
  }

  private async start(): Promise<void> {
    if (this.detached || !this.room.isOpen) return;
    // Registered after the room's own listener, so whenDurable() below covers this update.
    this.room.doc.on('update', this.onLocalUpdate);
    this.room.awareness.on('update', this.onLocalAwareness);
    this.unwatchLock = this.options.access.onLockChange(this.room.boardId, (locked) => {
      this.channel?.publish('lock', [Uint8Array.of(locked ? 1 : 0)]);
    });
    const early = this.early ?? [];
    this.early = null;
    for (const message of early) this.apply(message);
    try {
      await this.channel?.subscribed;
    } catch {
      return; // the reconnect will request the sync
    }
    this.requestSync();
  }

  private readonly onLocalUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === remoteOrigin) return;
    void this.room.whenDurable().then(() => {
      if (this.room.isOpen) this.channel?.publish('update', [update]);
    });
  };

  private readonly onLocalAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    // Timeouts happen on every instance by themselves; remote changes are the peer's to send.
    if (origin === remoteOrigin || origin === 'timeout') return;
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    this.channel?.publish('awareness', [awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, changed)]);
  };

  private requestSync(): void {
    if (this.detached || this.early !== null || !this.room.isOpen) return;
    this.channel?.publish('sync-request', [Y.encodeStateVector(this.room.doc), this.encodeAllAwareness()]);
  }

  private onMessage(message: FanoutMessage): void {
    if (this.detached) return;
    if (message.kind === 'deleted') {
      // At once, even while loading: the board is gone from storage already.
      this.deletedElsewhere = true;
      this.options.onRemoteDelete?.(this.room.boardId);
      return;
    }
    if (this.early !== null) this.early.push(message);
    else this.apply(message);
  }

  private apply(message: FanoutMessage): void {
    if (!this.room.isOpen) return;
    const [first, second, third] = message.parts;
    try {
      switch (message.kind) {
        case 'update':
        case 'sync-diff':
          if (first) Y.applyUpdate(this.room.doc, first, remoteOrigin);
          return;
        case 'awareness':
          if (first) this.applyAwareness(first);
          return;
        case 'sync-request': {
          if (!first) return;
          if (second) this.applyAwareness(second);
          // Encode now, publish once durable: the reply never carries an uncommitted update.
          const diff = Y.encodeStateAsUpdate(this.room.doc, first);
          const reply = [diff, Y.encodeStateVector(this.room.doc), this.encodeAllAwareness()];
          void this.room.whenDurable().then(() => {
            if (this.room.isOpen) this.channel?.publish('sync-reply', reply, message.from);
          });
          return;
        }
        case 'sync-reply': {
          if (!first || !second) return;
          Y.applyUpdate(this.room.doc, first, remoteOrigin);
          if (third) this.applyAwareness(third);
          const back = Y.encodeStateAsUpdate(this.room.doc, second);
          void this.room.whenDurable().then(() => {
            if (this.room.isOpen) this.channel?.publish('sync-diff', [back], message.from);
          });
          return;
        }
        case 'lock': {
          const locked = first?.[0] === 1;
          if (this.options.access.isLocked(this.room.boardId) === locked) return;
          this.options.access.setLocked(this.room.boardId, locked).catch((error: unknown) => {
            this.options.log.warn({ err: String(error), boardId: this.room.boardId }, 'could not mirror a lock change');
          });
          return;
        }
      }
    } catch (error) {
      // Only our own instances publish here, but a bad message must never take a room down.
      this.options.log.warn({ err: String(error), boardId: this.room.boardId, kind: message.kind }, 'dropped an unreadable fan-out message');
    }
  }

  private applyAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, remoteOrigin);
  }

  private encodeAllAwareness(): Uint8Array {
    return awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, [...this.room.awareness.getStates().keys()]);
  }
}
