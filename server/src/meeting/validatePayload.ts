import { formatZodError, type MeetingError } from '@gapboard/shared';
import type { z } from 'zod';

/** Result of checking one socket.io payload. */
export type Validated<T> = { ok: true; data: T } | { ok: false; error: MeetingError };

/** An acknowledgement callback, when the client sent one. */
export type Ack = (response: unknown) => void;

/**
 * Splits the raw arguments of a socket.io event into payload and optional ack. Clients may
 * omit the payload (`emit('join', cb)`), omit the ack, or send extra arguments; none of that
 * may throw.
 */
export function splitArgs(args: readonly unknown[]): { payload: unknown; ack: Ack | undefined } {
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as Ack) : undefined;
  const payload = args[0] === ack ? undefined : args[0];
  return { payload, ack };
}

/**
 * Parses an untrusted payload with `schema`. The error names the event and the offending
 * field (e.g. `x: Invalid input: expected number, received string`); it never throws.
 */
export function validatePayload<S extends z.ZodType>(
  schema: S,
  event: string,
  payload: unknown,
): Validated<z.output<S>> {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, error: { code: 'invalid-payload', event, message: formatZodError(result.error) } };
}
