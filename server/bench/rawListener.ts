import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * A listening client that speaks the y-websocket protocol without a Y.Doc: it sends sync step 1
 * (empty state vector), answers the server's sync step 1 with an empty sync step 2, counts
 * itself synced on the server's sync step 2, and hands every update frame's bytes to
 * `onUpdate` unparsed. Cheap enough that a few hundred of them in the load process do not make
 * the load generator the bottleneck; `WebsocketProvider` clients do the same exchange.
 */
export class RawListener {
  readonly socket: WebSocket;
  /** Resolves when synced (handshake) or open (no handshake, e.g. the null relay). */
  readonly ready: Promise<void>;
  /** performance.now() of the websocket 'open' event. */
  openedAt = Number.NaN;
  /** performance.now() when the server's sync step 2 was received. */
  syncedAt = Number.NaN;
  /** Byte length of the sync step 2 frame received. */
  syncBytes = 0;

  constructor(
    url: string,
    options: { handshake: boolean; onUpdate?: (frame: Buffer) => void; onSyncStep2?: (frame: Buffer) => void },
  ) {
    this.socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    this.socket.binaryType = 'nodebuffer';
    this.ready = new Promise<void>((resolve, reject) => {
      this.socket.once('error', reject);
      this.socket.once('close', (code) => reject(new Error(`closed before ready (${code})`)));
      this.socket.once('open', () => {
        this.openedAt = performance.now();
        if (!options.handshake) {
          resolve();
          return;
        }
        this.socket.send(emptySyncStep1);
      });
      this.socket.on('message', (data: Buffer) => {
        // messageSync (0), then the sync sub-type: 0 step 1, 1 step 2, 2 update.
        if (data[0] !== 0) return;
        const sub = data[1];
        if (sub === 2) options.onUpdate?.(data);
        else if (sub === 0 && options.handshake) this.socket.send(emptySyncStep2);
        else if (sub === 1 && Number.isNaN(this.syncedAt)) {
          this.syncedAt = performance.now();
          this.syncBytes = data.byteLength;
          options.onSyncStep2?.(data);
          resolve();
        }
      });
    });
    this.ready.catch(() => {}); // callers await it; a late failure must not be unhandled
  }

  close(): void {
    this.socket.terminate();
  }
}

function syncMessage(sub: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, sub);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

const emptyDoc = new Y.Doc();
const emptySyncStep1 = syncMessage(0, Y.encodeStateVector(emptyDoc));
const emptySyncStep2 = syncMessage(1, Y.encodeStateAsUpdate(emptyDoc));
