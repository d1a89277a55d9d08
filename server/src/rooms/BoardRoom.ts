import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { BOARD_DELETED_CLOSE_REASON, type Role } from '@gapboard/shared';
import { remoteOrigin } from '../fanout/BoardFanout';
import { applyClientUpdate } from './applyClientUpdate';
import { applyStoredDoc } from './applyStoredDoc';
import { LogCompactor } from './LogCompactor';
import { UpdateOutbox, type BatchFrames } from './UpdateOutbox';
import { defaultPendingLimits, dropPending, pendingBytes, PendingUpdateGuard } from './PendingUpdateGuard';
import type { BoardRoomOptions } from './BoardRoomOptions';
import { CloseCode, type RoomSocket } from './RoomSocket';
import { BoardNotFoundError } from '../storage/BoardStorage';
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  isEmptyStateVector,
  orProtocolError,
  ProtocolError,
} from './yMessages';

export type { BoardRoomOptions, RoomLogger } from './BoardRoomOptions';

/** What the transport adapter holds per connection. */
export interface ClientHandle {
  /** Feeds one binary frame from the client. */
  receive(frame: Uint8Array): void;
  /** The connection closed: forget the client and its awareness states. */
  disconnect(): void;
}

interface RoomClient {
  socket: RoomSocket;
  role: Role;
  /** Awareness client ids this connection introduced (removed when it leaves). */
  awarenessIds: Set<number>;
  /**
   * A write of this connection was refused because the board was locked: the client still has
   * it (y-websocket has no refusal message) and sends it again when asked, once unlocked.
   */
  refusedWhileLocked: boolean;
}

type RoomState = 'loading' | 'ready' | 'closing' | 'closed' | 'failed';

/**
 * One live board: an in-memory `Y.Doc` loaded from storage, the connected clients, and the
 * y-websocket protocol between them. Transport-agnostic: clients are {@link RoomSocket}s.
 *
 * Every update a client sends is applied, appended to storage, and only once the append is
 * durable broadcast (encoded once) to all other clients, in order. Sync replies are likewise
 * held back until the state they carry is durable. The update path does work proportional to
 * the update only; full-state encoding happens on sync replies and compaction.
 */
export class BoardRoom {
  readonly boardId: string;
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Resolves once the document is loaded (rejects never: a failed load fails the room). */
  readonly ready: Promise<void>;

  private state: RoomState = 'loading';
  /** True once {@link discard} ended the room: its board was deleted. */
  discarded = false;
  private readonly clients = new Map<RoomSocket, RoomClient>();
  /** Frames received while loading, replayed in order once loaded. */
  private backlog: { client: RoomClient; frame: Uint8Array }[] = [];
  /** Chain of commits: each update's broadcast waits for its own and all earlier appends. */
  private tail: Promise<void> = Promise.resolve();
  /**
   * Sync step 2 for a client with an empty document (every fresh join), encoded once and shared
   * until the document changes: a join storm on a large board costs one encode, not one each.
   */
  private fullSyncReply: Uint8Array | null = null;
  /** Durable updates waiting for the end of their commit's microtasks to be broadcast together. */
  private readonly outbox = new UpdateOutbox((frames) => this.broadcastBatch(frames));
  private readonly compactor: LogCompactor;
  private readonly unwatchLock: () => void;
  private readonly pendingGuard: PendingUpdateGuard<RoomClient>;

  constructor(private readonly options: BoardRoomOptions) {
    this.boardId = options.boardId;
    this.compactor = new LogCompactor({
      boardId: options.boardId,
      doc: this.doc,
      storage: options.storage,
      metrics: options.metrics,
      log: options.log,
      maxUpdates: options.compactMaxUpdates,
      maxBytes: options.compactMaxBytes,
    });
    this.pendingGuard = new PendingUpdateGuard<RoomClient>(this.doc, options.pendingLimits ?? defaultPendingLimits, (clients) => {
      for (const client of clients) this.askToResync(client);
    });
    this.awareness.setLocalState(null); // the server is not a participant
    this.unwatchLock = options.onLockChange?.(options.boardId, (locked) => {
      if (!locked) this.askForRefusedWrites();
    }) ?? (() => {});
    this.ready = this.load();
  }

  /** Number of connected clients. */
  get clientCount(): number {
    return this.clients.size;
  }

  /** Whether the room still serves clients (not closing, closed or failed). */
  get isOpen(): boolean {
    return this.state === 'loading' || this.state === 'ready';
  }

  /** Adds a client. The room greets it (sync step 1, awareness) once the document is loaded. */
  addClient(socket: RoomSocket, role: Role): ClientHandle {
    const client: RoomClient = { socket, role, awarenessIds: new Set(), refusedWhileLocked: false };
    if (!this.isOpen) {
      socket.close(CloseCode.internalError, 'board is closing, reconnect');
      return { receive: () => {}, disconnect: () => {} };
    }
    this.clients.set(socket, client);
    if (this.state === 'ready') this.greet(client);
    return {
      receive: (frame) => this.receive(client, frame),
      disconnect: () => this.removeClient(client),
    };
  }

  /** Resolves when every update applied so far is durable. */
  whenDurable(): Promise<void> {
    return this.tail;
  }

  /**
   * Stores the document (snapshot) and releases it. With `reason` 'shutdown' the remaining
   * clients are closed with 1001 first.
   */
  async close(reason: 'idle' | 'shutdown'): Promise<void> {
    if (!this.isOpen) return;
    this.state = 'closing';
    for (const client of [...this.clients.values()]) {
      client.socket.close(CloseCode.goingAway, reason === 'shutdown' ? 'server shutting down' : 'board closed');
    }
    this.clients.clear();
    await this.ready;
    await this.tail;
    await this.compactor.idle();
    if (this.compactor.pending) await this.compactor.compactNow();
    this.destroy();
  }

  /**
   * The board was deleted: closes every client with 4404 (clients stop retrying and say the board
   * does not exist) and releases the document without storing anything.
   */
  discard(): void {
    if (this.state === 'closed' || this.state === 'failed') return;
    this.state = 'closing';
    this.discarded = true;
    for (const client of [...this.clients.values()]) client.socket.close(CloseCode.boardNotFound, BOARD_DELETED_CLOSE_REASON);
    this.clients.clear();
    this.backlog = [];
    this.destroy();
  }

  private async load(): Promise<void> {
    try {
      await this.options.loadAfter;
      const stored = await this.options.storage.load(this.boardId);
      const skipped = applyStoredDoc(this.doc, stored);
      if (skipped > 0) this.options.log.error({ boardId: this.boardId, skipped }, 'skipped unreadable stored updates');
      // Stored updates whose dependencies are not stored can never be applied here; a client
      // that has them also has their dependencies and resends both. Held back, they would be
      // carried in every sync reply and snapshot.
      if (dropPending(this.doc)) {
        this.options.log.error({ boardId: this.boardId }, 'left out stored updates whose dependencies are not stored');
      }
      this.compactor.reset(stored.lastSeq, stored.updates.length, stored.updateBytes);
    } catch (error) {
      // Deleted after the connection's role was resolved: the clients must stop retrying, and
      // are told it was deleted (it existed a moment ago), as by discard.
      if (error instanceof BoardNotFoundError) return this.fail(BOARD_DELETED_CLOSE_REASON, CloseCode.boardNotFound);
      this.options.metrics.storageErrors++;
      this.options.log.error({ err: error, boardId: this.boardId }, 'could not load board');
      this.fail('could not load the board');
      return;
    }
    if (this.state !== 'loading') return; // closed while loading
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.state = 'ready';
    for (const client of this.clients.values()) this.greet(client);
    const backlog = this.backlog;
    this.backlog = [];
    for (const { client, frame } of backlog) {
      if (this.clients.get(client.socket) === client) this.handle(client, frame);
    }
    this.compactor.maybeCompact();
  }

  private greet(client: RoomClient): void {
    this.send(client, encodeSyncStep1(this.doc));
    if (this.awareness.getStates().size > 0) {
      this.send(client, encodeAwarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
    }
  }

  private receive(client: RoomClient, frame: Uint8Array): void {
    if (this.clients.get(client.socket) !== client) return;
    if (this.state === 'loading') this.backlog.push({ client, frame });
    else if (this.state === 'ready') this.handle(client, frame);
  }

  private handle(client: RoomClient, frame: Uint8Array): void {
    // The unlock was missed (its notification never reached this room): catch up on the next frame.
    if (client.refusedWhileLocked && this.canWrite(client)) this.askForRefusedWrites([client]);
    try {
      const message = decodeClientMessage(frame);
      switch (message.type) {
        case 'sync-step1': {
          // Encode now, send once durable: the reply never carries an uncommitted update.
          const reply = isEmptyStateVector(message.stateVector)
            ? (this.fullSyncReply ??= encodeSyncStep2(this.doc, message.stateVector))
            : orProtocolError(() => encodeSyncStep2(this.doc, message.stateVector), 'invalid state vector in sync step 1');
          void this.tail.then(() => this.send(client, reply));
          return;
        }
        case 'sync-step2':
        case 'update':
          if (!this.canWrite(client)) {
            this.options.metrics.droppedWrites++;
            if (client.role === 'participant') client.refusedWhileLocked = true;
            return;
          }
          const pendingBefore = pendingBytes(this.doc);
          switch (applyClientUpdate(this.doc, message.update, client)) {
            case 'applied':
              this.pendingGuard.afterApply(client, pendingBefore);
              return;
            case 'document-stuck':
              this.options.metrics.stuckDocuments++;
              this.options.log.error({ boardId: this.boardId }, 'an update left the document unable to record changes; reloading the board');
              this.fail('the board must be reloaded, reconnect to resynchronise');
              return;
          }
          return;
        case 'awareness':
          orProtocolError(
            () => awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, client),
            'invalid awareness update',
          );
          return;
        case 'query-awareness':
          this.send(client, encodeAwarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
          return;
        case 'auth':
          return; // y-websocket clients never send it; permissions come from the connection's role
      }
    } catch (error) {
      this.rejectClient(client, error);
    }
  }

  private canWrite(client: RoomClient): boolean {
    if (client.role === 'facilitator') return true;
    return client.role === 'participant' && !this.options.isLocked(this.boardId);
  }

  /**
   * Sends sync step 1 (the room's state vector) to the clients whose writes were refused while
   * the board was locked. A stock y-websocket client answers with sync step 2: everything the
   * room lacks, its refused edits included, now accepted like any write. Standard protocol, no
   * reconnect; clients that lost nothing are not asked (their answer would be empty).
   */
  private askForRefusedWrites(clients: Iterable<RoomClient> = this.clients.values()): void {
    if (this.state !== 'ready') return;
    let step1: Uint8Array | null = null;
    for (const client of [...clients]) {
      if (!client.refusedWhileLocked || !this.canWrite(client)) continue;
      client.refusedWhileLocked = false;
      this.send(client, (step1 ??= encodeSyncStep1(this.doc)));
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullSyncReply = null;
    const message = encodeUpdateMessage(update);
    if (origin === remoteOrigin) {
      // From another instance, which stored it before publishing: relay only, never store again.
      for (const client of this.clients.values()) this.send(client, message);
      return;
    }
    // Handle the outcome at once so a failed append is never an unhandled rejection.
    const committed = this.options.storage.append(this.boardId, update).then(
      (seq) => ({ ok: true as const, seq }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    this.tail = this.tail
      .then(() => committed)
      .then((result) => {
        if (!result.ok) {
          if (!this.isOpen) return; // discarded (board deleted) or failed already
          // Deleted (e.g. through another instance): no reconnect could bring it back.
          if (result.error instanceof BoardNotFoundError) return this.fail(BOARD_DELETED_CLOSE_REASON, CloseCode.boardNotFound);
          this.options.metrics.storageErrors++;
          this.options.log.error({ err: result.error, boardId: this.boardId }, 'could not store an update');
          this.fail('storage failure, reconnect to resynchronise');
          return;
        }
        this.compactor.appended(result.seq, update.byteLength);
        this.options.metrics.updates++;
        this.outbox.add({ update, message, origin });
        if (this.state === 'ready') this.compactor.maybeCompact();
      });
  };

  private broadcastBatch(frames: BatchFrames): void {
    if (!this.isOpen) return;
    for (const client of this.clients.values()) {
      const frame = frames.for(client);
      if (frame) this.send(client, frame);
    }
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const sender = origin && this.clients.get((origin as RoomClient).socket) === origin ? (origin as RoomClient) : null;
    if (sender) {
      for (const id of added) sender.awarenessIds.add(id);
      for (const id of updated) sender.awarenessIds.add(id);
      for (const id of removed) sender.awarenessIds.delete(id);
    }
    // Sent to the sender too, as the reference server does: a client alone on a board gets its
    // periodic awareness renewal back, and y-websocket drops a connection silent for 30 s.
    const message = encodeAwarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const client of this.clients.values()) this.send(client, message);
  };

  private send(client: RoomClient, message: Uint8Array): void {
    try {
      client.socket.send(message);
    } catch {
      this.removeClient(client);
    }
  }

  private rejectClient(client: RoomClient, error: unknown): void {
    this.options.metrics.invalidFrames++;
    const reason = error instanceof ProtocolError ? error.message : 'invalid frame';
    this.options.log.warn({ boardId: this.boardId, reason }, 'closing a connection that sent an invalid frame');
    this.removeClient(client);
    client.socket.close(CloseCode.invalidFrame, reason);
  }

  /**
   * Closes a client whose updates built on changes this server does not have, and were dropped
   * (1011: y-websocket reconnects, and its sync step 2 then resends everything the server lacks).
   */
  private askToResync(client: RoomClient): void {
    if (this.clients.get(client.socket) !== client) return;
    this.options.metrics.resyncRequests++;
    this.options.log.warn({ boardId: this.boardId }, 'closing a connection whose update depends on changes the server does not have');
    this.removeClient(client);
    client.socket.close(CloseCode.internalError, 'update depends on changes the server does not have; reconnect to resynchronise');
  }

  private removeClient(client: RoomClient): void {
    if (this.clients.get(client.socket) !== client) return;
    this.clients.delete(client.socket);
    if (client.awarenessIds.size > 0 && this.state === 'ready') {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...client.awarenessIds], null);
    }
    if (this.clients.size === 0 && this.isOpen) this.options.onEmpty?.(this);
  }

  private fail(reason: string, code: number = CloseCode.internalError): void {
    if (this.state === 'failed' || this.state === 'closed') return;
    this.state = 'failed';
    for (const client of [...this.clients.values()]) client.socket.close(code, reason);
    this.clients.clear();
    this.options.onFailed?.(this);
    this.destroy();
  }

  private destroy(): void {
    this.unwatchLock();
    this.pendingGuard.close();
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    if (this.state !== 'failed') this.state = 'closed';
  }
}
