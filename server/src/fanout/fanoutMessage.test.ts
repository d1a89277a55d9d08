import { describe, expect, it } from 'vitest';
import { decodeFanoutMessage, encodeFanoutMessage } from './fanoutMessage';

describe('fan-out messages', () => {
  it('round-trips every field', () => {
    const message = { kind: 'sync-reply' as const, from: 'inst-a', to: 'inst-b', parts: [Uint8Array.of(1, 2, 3), new Uint8Array(0)] };
    expect(decodeFanoutMessage(encodeFanoutMessage(message))).toEqual(message);
    const broadcast = { kind: 'update' as const, from: 'inst-a', to: null, parts: [Uint8Array.of(9)] };
    expect(decodeFanoutMessage(encodeFanoutMessage(broadcast))).toEqual(broadcast);
  });

  it('returns null for truncated, padded, unknown-kind or other-version bytes', () => {
    const bytes = encodeFanoutMessage({ kind: 'awareness', from: 'x', to: null, parts: [Uint8Array.of(1, 2, 3, 4)] });
    expect(decodeFanoutMessage(bytes.slice(0, bytes.length - 2))).toBeNull();
    expect(decodeFanoutMessage(Uint8Array.of(...bytes, 0))).toBeNull();
    expect(decodeFanoutMessage(Uint8Array.of(bytes[0]!, 200, ...bytes.slice(2)))).toBeNull();
    expect(decodeFanoutMessage(Uint8Array.of(99, ...bytes.slice(1)))).toBeNull();
    expect(decodeFanoutMessage(new Uint8Array(0))).toBeNull();
  });
});
