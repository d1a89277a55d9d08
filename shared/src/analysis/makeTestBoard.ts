import { DEFAULT_CADENCE_MINUTES } from '../model/entities';
import type { Action, Board, Channel, Comm, Sticky } from '../model/entities';

/**
 * Test support (not exported from the package): builds a `Board` from ISO 8601 strings, so
 * tables read like an incident timeline and offsets (`+02:00`, `-05:00`) go through
 * `Date.parse` exactly as imported files do.
 */
export interface TestBoardSpec {
  start?: string;
  /** null or absent: ongoing. */
  end?: string | null;
  cadenceMinutes?: number;
  /** Channel ids; names are derived. Defaults to `status` and `email`. */
  channels?: string[];
  /** `[channelId, isoTime]` per comm; ids are `m1`, `m2`… in this order. */
  comms?: Array<[string, string]>;
  stickies?: Array<Partial<Omit<Sticky, 'at'>> & { at?: string }>;
  actions?: Array<Partial<Action>>;
}

/** Parses an ISO time, failing loudly on a typo in a test table. */
export function t(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad time in test table: ${iso}`);
  return ms;
}

export function makeTestBoard(spec: TestBoardSpec): Board {
  const channels: Channel[] = (spec.channels ?? ['status', 'email']).map((id) => ({ id, name: `Channel ${id}` }));
  const comms: Comm[] = (spec.comms ?? []).map(([channelId, at], i) => ({
    id: `m${i + 1}`,
    channelId,
    at: t(at),
    sender: '',
    summary: '',
  }));
  const stickies: Sticky[] = (spec.stickies ?? []).map((s, i) => {
    const { at, ...rest } = s;
    return {
      id: `s${i + 1}`,
      kind: 'issue',
      text: '',
      x: 0,
      y: 0,
      ...rest,
      ...(at === undefined ? {} : { at: t(at) }),
    };
  });
  const actions: Action[] = (spec.actions ?? []).map((a, i) => ({
    id: `a${i + 1}`,
    text: `Action ${i + 1}`,
    owner: 'Ana',
    due: '2026-12-01',
    ...a,
  }));
  return {
    meta: {
      title: 'Test incident',
      ...(spec.start === undefined ? {} : { startedAt: t(spec.start) }),
      resolvedAt: spec.end == null ? null : t(spec.end),
      cadenceMinutes: spec.cadenceMinutes ?? DEFAULT_CADENCE_MINUTES,
      customerImpact: '',
    },
    channels,
    comms,
    stickies,
    actions,
    annotations: [],
  };
}
