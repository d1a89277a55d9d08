/**
 * Process-wide counters, served at `GET /api/metrics`. Plain numbers: cheap enough to bump on
 * the hot path, and a scraper can diff them over time.
 */
export class Metrics {
  /** Yjs frames that broke the protocol (connection closed with 4400). */
  invalidFrames = 0;
  /** Yjs connections closed because the peer stopped answering pings (gone without closing). */
  silentConnections = 0;
  /** Frames larger than the websocket limit (connection closed with 1009). */
  oversizedFrames = 0;
  /** HTTP bodies or socket.io payloads rejected by validation. */
  invalidPayloads = 0;
  /** Document writes dropped because of the sender's role or a locked board. */
  droppedWrites = 0;
  /**
   * Connections closed with 1011 because an update depended on changes the server does not have
   * (they reconnect and resend everything, dependencies included).
   */
  resyncRequests = 0;
  /**
   * Rooms given up because an update left their document unable to record changes (its clients
   * reconnect and the board is reloaded from storage).
   */
  stuckDocuments = 0;
  /** Document updates applied and stored. */
  updates = 0;
  /** Failed storage operations. */
  storageErrors = 0;
  /** Log compactions done. */
  compactions = 0;
  /** Websocket connections accepted since start. */
  connectionsOpened = 0;
  /** Connections refused because the board does not exist. */
  unknownBoards = 0;
}

/** Counters every metrics consumer sees, plus live gauges supplied by their owners. */
export type MetricsSnapshot = Record<string, number>;
