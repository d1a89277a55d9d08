import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeClientMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage, ProtocolError } from './yMessages';

describe('y-websocket messages', () => {
  it('decodes what it encodes', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('k', 'v');
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeClientMessage(encodeUpdateMessage(update))).toEqual({ type: 'update', update });
    expect(decodeClientMessage(encodeSyncStep1(doc))).toEqual({ type: 'sync-step1', stateVector: Y.encodeStateVector(doc) });
    const step2 = decodeClientMessage(encodeSyncStep2(doc, new Uint8Array([0])));
    expect(step2.type).toBe('sync-step2');
    expect(decodeClientMessage(Uint8Array.of(3))).toEqual({ type: 'query-awareness' });
  });

  it.each([
    [[], 'empty frame'],
    [[0xff], 'truncated message type'],
    [[0], 'truncated sync message type'],
    [[0, 2], 'truncated sync payload length'],
    [[0, 2, 5, 1], 'sync payload claims 5 bytes but the frame has 1 left'],
    [[1, 0x80], 'truncated awareness payload length'],
    [[9], 'unknown message type 9'],
  ])('rejects %j: %s', (bytes, message) => {
    expect(() => decodeClientMessage(Uint8Array.from(bytes))).toThrow(ProtocolError);
    expect(() => decodeClientMessage(Uint8Array.from(bytes))).toThrow(message);
  });
});
