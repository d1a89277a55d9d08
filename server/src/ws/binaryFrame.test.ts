import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { binaryFrame } from './binaryFrame';

/** ws's framing, which its type definitions leave out. */
const { Sender } = createRequire(import.meta.url)('ws') as {
  Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] };
};

/** What `ws` itself sends for a binary message from a server (its two parts joined). */
function wsFrame(payload: Uint8Array): Buffer {
  const parts = Sender.frame(Buffer.from(payload), { fin: true, opcode: 2, mask: false, readOnly: true, rsv1: false });
  return Buffer.concat(parts);
}

describe('binaryFrame', () => {
  it.each([0, 1, 125, 126, 127, 65_535, 65_536, 200_000])('frames %i bytes exactly as ws does', (size) => {
    const payload = Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) % 256);
    expect(binaryFrame(payload).equals(wsFrame(payload))).toBe(true);
  });

  it('copies the payload from a view into a larger buffer', () => {
    const backing = Uint8Array.from([9, 9, 1, 2, 3, 9]);
    expect([...binaryFrame(backing.subarray(2, 5))]).toEqual([0x82, 3, 1, 2, 3]);
  });
});
