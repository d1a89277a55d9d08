import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';

/**
 * The y-websocket wire format (what `WebsocketProvider` speaks): a varuint message type, then a
 * payload. Sync messages carry a varuint sub-type and a length-prefixed Yjs update or state
 * vector; awareness messages a length-prefixed awareness update.
 */
export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

export const syncStep1 = 0;
export const syncStep2 = 1;
export const syncUpdate = 2;

/** One decoded client frame. Payload bytes are views into the frame, not copies. */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2' | 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' }
  | { type: 'auth' };

/** A frame that does not follow the protocol; the message is sent as the close reason. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/**
 * Decodes the envelope of one frame without applying anything, so the caller can decide per
 * role what to do (a viewer's updates are dropped before Yjs ever sees them).
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  if (frame.byteLength === 0) throw new ProtocolError('empty frame');
  const decoder = decoding.createDecoder(frame);
  const type = readVarUintSafe(decoder, 'message type');
  switch (type) {
    case messageSync: {
      const sub = readVarUintSafe(decoder, 'sync message type');
      const payload = readBytes(decoder, 'sync payload');
      if (sub === syncStep1) return { type: 'sync-step1', stateVector: payload };
      if (sub === syncStep2) return { type: 'sync-step2', update: payload };
      if (sub === syncUpdate) return { type: 'update', update: payload };
      throw new ProtocolError(`unknown sync message type ${sub}`);
    }
    case messageAwareness:
      return { type: 'awareness', update: readBytes(decoder, 'awareness payload') };
    case messageQueryAwareness:
      return { type: 'query-awareness' };
    case messageAuth:
      return { type: 'auth' };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

/** A sync update message, encoded once per update and sent to every other client. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncUpdate);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** The server's sync step 1: its state vector, so the client sends what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncStep1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** Sync step 2: everything in `doc` that a client with `stateVector` is missing. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncStep2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

/** An awareness message for the given clients' current states. */
export function encodeAwarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

function readVarUintSafe(decoder: decoding.Decoder, what: string): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new ProtocolError(`truncated ${what}`);
  }
}

/** Length-prefixed bytes; the length is checked against the frame (no reads past its end). */
function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  const length = readVarUintSafe(decoder, `${what} length`);
  const remaining = decoder.arr.byteLength - decoder.pos;
  if (length > remaining) {
    throw new ProtocolError(`${what} claims ${length} bytes but the frame has ${remaining} left`);
  }
  const bytes = decoder.arr.subarray(decoder.pos, decoder.pos + length);
  decoder.pos += length;
  return bytes;
}

/** A state vector with no clients (encoded as the single varuint 0): the sender has nothing yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0;
}

/** Runs `run`, turning whatever it throws into a ProtocolError with `reason` (the close reason). */
export function orProtocolError<T>(run: () => T, reason: string): T {
  try {
    return run();
  } catch {
    throw new ProtocolError(reason);
  }
}
