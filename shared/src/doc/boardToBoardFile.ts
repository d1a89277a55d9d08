import { BOARD_FORMAT, type BoardFile } from '../model/boardFile';
import type { Board } from '../model/entities';
import { withoutUndefined } from './boardFileToBoard';
import { sortBoard } from './sortBoard';

/** Epoch ms as ISO 8601 UTC (`…Z`), the form every export uses. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();

/**
 * An in-memory board (epoch ms) as a board file `gapboard/v1` (ISO times, UTC). Ids are kept;
 * arrays come out in the canonical order of `sortBoard` (comms by time then id, the rest by
 * id), so file → board → document → file is the identity up to that order and to writing
 * every time in UTC. Optional fields that the board leaves out stay absent.
 */
export function boardToBoardFile(board: Board): BoardFile {
  const { meta, channels, comms, stickies, actions, annotations } = sortBoard(board);
  return {
    format: BOARD_FORMAT,
    title: meta.title,
    incident: withoutUndefined({
      startedAt: meta.startedAt === undefined ? undefined : isoTime(meta.startedAt),
      resolvedAt: meta.resolvedAt === undefined ? undefined : meta.resolvedAt === null ? null : isoTime(meta.resolvedAt),
      investigation: meta.investigation && { from: isoTime(meta.investigation.from), to: isoTime(meta.investigation.to) },
      escalation: meta.escalation && { from: isoTime(meta.escalation.from), to: isoTime(meta.escalation.to) },
      customerImpact: meta.customerImpact,
      customerImpactImage: meta.customerImpactImage,
      timeZone: meta.timeZone,
    }),
    cadenceMinutes: meta.cadenceMinutes,
    channels: channels.map((c) => withoutUndefined({ ...c })),
    comms: comms.map((c) => ({ ...c, at: isoTime(c.at) })),
    stickies: stickies.map((s) => withoutUndefined({ ...s, at: s.at === undefined ? undefined : isoTime(s.at) })),
    actions: actions.map((a) => ({ ...a })),
    annotations: annotations.map((a) => ({ ...a, points: [...a.points] })),
  };
}
