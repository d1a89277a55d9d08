import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { RoomSocket } from './RoomSocket';
import { messageAwareness, messageSync } from './yMessages';

/**
 * A client of a room in tests: a {@link RoomSocket} that records what the room sends and keeps
 * its own Y.Doc up to date with it, speaking the same protocol as y-websocket's provider.
 */
export class FakeClient implements RoomSocket {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly received: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  /** Set by the test after `room.addClient`. */
  handle: { receive(frame: Uint8Array): void; disconnect(): void } | null = null;

  send(message: Uint8Array): void {
    this.received.push(message);
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === messageSync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, messageSync);
      syncProtocol.readSyncMessage(decoder, reply, this.doc, 'server');
      if (encoding.length(reply) > 1) this.handle?.receive(encoding.toUint8Array(reply));
    } else if (type === messageAwareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), 'server');
    }
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
  }

  /** Sends the doc's local changes to the room as update messages, like the provider does. */
  relayLocalUpdates(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'server') return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeUpdate(encoder, update);
      this.handle?.receive(encoding.toUint8Array(encoder));
    });
  }

  /** Sends sync step 1 (what the provider does on connect). */
  sendSyncStep1(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.handle?.receive(encoding.toUint8Array(encoder));
  }

  /** Sets a local awareness state and sends it. */
  sendAwareness(state: Record<string, unknown>): void {
    this.awareness.setLocalState(state);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageAwareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID]));
    this.handle?.receive(encoding.toUint8Array(encoder));
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** Lets pending promise chains and one macrotask (group commits use setImmediate) run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
}
