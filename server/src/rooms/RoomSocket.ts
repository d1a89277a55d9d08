/**
 * All a board room needs of a client connection: send bytes, close with a reason. The websocket
 * adapter (`ws/yjsRoute.ts`) and tests implement it; the room never sees a real socket.
 */
export interface RoomSocket {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** Websocket close codes the rooms use (4xxx: application codes, see RFC 6455 §7.4.2). */
export const CloseCode = {
  /** Server shutting down. */
  goingAway: 1001,
  /** Frame larger than the configured maximum (sent by the ws library itself). */
  tooBig: 1009,
  /** Storage failed; reconnecting resynchronises from the client's copy. */
  internalError: 1011,
  /** A frame broke the y-websocket protocol. */
  invalidFrame: 4400,
  /** No board with that id. */
  boardNotFound: 4404,
} as const;
