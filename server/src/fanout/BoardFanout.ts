/**
 * Fan-out of live board traffic between server instances. One instance alone needs none (the
 * in-process {@link LocalFanout}); several instances behind a load balancer share each board's
 * traffic through a pub/sub channel per board ({@link RedisFanout}).
 *
 * The transport knows nothing about Yjs: it moves tagged byte messages. What they mean (and
 * which ones must not be stored again or republished) is `RoomFanoutBridge`'s business.
 */
export interface BoardFanout {
  /** This instance's id; every message is tagged with it so an instance ignores its own. */
  readonly instanceId: string;
  /** Subscribes to a board's channel. Messages this instance published are not delivered back. */
  join(boardId: string, listener: FanoutListener): FanoutChannel;
  /** Unsubscribes everything and closes connections. */
  close(): Promise<void>;
}

/** What a board's channel delivers. */
export interface FanoutListener {
  /** A message another instance published on the board's channel. */
  onMessage(message: FanoutMessage): void;
  /**
   * The connection to the bus came back after a loss (and the channel is subscribed again):
   * messages may have been missed in between, so the state should be resynchronised.
   */
  onReconnect(): void;
}

/** One board's channel, as joined by this instance. */
export interface FanoutChannel {
  /** Resolves once the subscription is active (messages published from then on arrive). */
  readonly subscribed: Promise<void>;
  /** Publishes to the other instances on this board; `to` addresses one instance only. Never throws. */
  publish(kind: FanoutKind, parts: Uint8Array[], to?: string): void;
  /** Stops delivery and unsubscribes. */
  leave(): void;
}

/** The message kinds the room bridge exchanges. */
// Append only: a kind travels as its index.
export const fanoutKinds = ['update', 'awareness', 'sync-request', 'sync-reply', 'sync-diff', 'lock', 'deleted'] as const;
export type FanoutKind = (typeof fanoutKinds)[number];

/** A message between instances about one board. */
export interface FanoutMessage {
  kind: FanoutKind;
  /** Instance id of the publisher. */
  from: string;
  /** Addressee instance id, or null for everybody on the board. */
  to: string | null;
  parts: Uint8Array[];
}

/**
 * The transaction origin of changes that arrived from another instance. A room broadcasts such
 * changes to its own clients but neither stores them (the originating instance did) nor
 * republishes them (no loops).
 */
export const remoteOrigin: unique symbol = Symbol('gapboard-remote-instance');
