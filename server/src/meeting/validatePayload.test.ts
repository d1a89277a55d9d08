import { cursorPayloadSchema } from '@gapboard/shared';
import { describe, expect, it } from 'vitest';
import { splitArgs, validatePayload } from './validatePayload';

describe('splitArgs', () => {
  const ack = () => undefined;
  it.each([
    { name: 'payload and ack', args: [{ a: 1 }, ack], payload: { a: 1 }, hasAck: true },
    { name: 'payload only', args: [{ a: 1 }], payload: { a: 1 }, hasAck: false },
    { name: 'ack only', args: [ack], payload: undefined, hasAck: true },
    { name: 'nothing', args: [], payload: undefined, hasAck: false },
    { name: 'extra arguments', args: [1, 2, 3], payload: 1, hasAck: false },
  ])('handles $name', ({ args, payload, hasAck }) => {
    const split = splitArgs(args);
    expect(split.payload).toEqual(payload);
    expect(split.ack !== undefined).toBe(hasAck);
  });
});

describe('validatePayload', () => {
  it('returns the parsed data, stripped of unknown keys', () => {
    expect(validatePayload(cursorPayloadSchema, 'cursor', { x: 1, y: 2, evil: true })).toEqual({ ok: true, data: { x: 1, y: 2 } });
  });

  it.each([
    { payload: { x: 'a', y: 1 }, prefix: 'x:' },
    { payload: { x: 1 }, prefix: 'y:' },
    { payload: { x: Infinity, y: 0 }, prefix: 'x:' },
    { payload: 'text', prefix: '(root):' },
    { payload: undefined, prefix: '(root):' },
  ])('names the field for $payload', ({ payload, prefix }) => {
    const result = validatePayload(cursorPayloadSchema, 'cursor', payload);
    if (result.ok) throw new Error('expected a rejection');
    expect(result.error.code).toBe('invalid-payload');
    expect(result.error.event).toBe('cursor');
    expect(result.error.message.startsWith(prefix)).toBe(true);
  });
});
