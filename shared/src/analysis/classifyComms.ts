import type { Channel, Comm } from '../model/entities';
import type { Warning, WarningCode } from './analysisTypes';

/** The bounds customer updates must fall in (ends included). */
export interface CommBounds {
  /** The incident start; `-Infinity` when the board has none yet. */
  from: number;
  /** The resolution, or `now` while the incident is ongoing. */
  to: number;
  /** Changes the wording of the "after" warning: after `now` rather than after the resolution. */
  ongoing: boolean;
}

/** The comms that count as customer updates, and what is wrong with the others. */
export interface ClassifiedComms {
  /** Comms inside the bounds, in input order. */
  inWindow: Comm[];
  warnings: Warning[];
}

/**
 * Splits comms into customer updates (inside [from, to]) and warnings. A comm before the start
 * or after the resolution is not an update of this incident (it is a mistyped time or belongs
 * to another incident), so it is listed in the warnings, never in the intervals. A comm on a
 * channel the board does not know still counts (the update did reach customers) and is
 * warned about so someone can fix the channel. A non-finite time (only possible if a caller
 * skipped validation) becomes an `invalid-entry` warning rather than a wrong interval.
 */
export function classifyComms(
  comms: readonly Comm[],
  channels: readonly Channel[],
  bounds: CommBounds,
): ClassifiedComms {
  const known = new Set<string>();
  for (const channel of channels) known.add(channel.id);
  const inWindow: Comm[] = [];
  // Warnings paired with their comm's time, so they can be listed in time order.
  const timed: Array<{ at: number; warning: Warning }> = [];
  const warnings: Warning[] = [];
  const warn = (comm: Comm, code: WarningCode, message: string): void => {
    timed.push({ at: comm.at, warning: { code, message: `Comm "${comm.id}" ${message}`, id: comm.id } });
  };

  for (const comm of comms) {
    if (!Number.isFinite(comm.at)) {
      warnings.push({ code: 'invalid-entry', message: `Comm "${comm.id}" has no valid time.`, id: comm.id });
      continue;
    }
    if (!known.has(comm.channelId)) {
      warn(
        comm,
        'comm-unknown-channel',
        `is on channel "${comm.channelId}", which the board does not have; it still counts as an update.`,
      );
    }
    if (comm.at < bounds.from) {
      warn(comm, 'comm-before-start', 'was sent before the incident started; it is left out of the intervals.');
    } else if (comm.at > bounds.to) {
      warn(
        comm,
        'comm-after-resolution',
        bounds.ongoing
          ? 'is dated after now (the incident is ongoing); it is left out of the intervals.'
          : 'was sent after the resolution; it is left out of the intervals.',
      );
    } else {
      inWindow.push(comm);
    }
  }
  // Stable: a comm's own warnings keep their order.
  timed.sort((a, b) => a.at - b.at);
  for (const t of timed) warnings.push(t.warning);
  return { inWindow, warnings };
}
