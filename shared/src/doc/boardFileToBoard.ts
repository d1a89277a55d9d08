import type { BoardFile } from '../model/boardFile';
import type { Board, Meta, Sticky } from '../model/entities';

/** Drops keys whose value is `undefined`, so optional fields are absent rather than `undefined`. */
export function withoutUndefined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

const ms = (iso: string): number => Date.parse(iso);

/**
 * A parsed board file (ISO times) as an in-memory board (epoch ms). Ids and array order are
 * kept; optional fields that the file leaves out stay absent. Expects a file that passed
 * `boardFileSchema` (use `parseBoardFile`).
 */
export function boardFileToBoard(file: BoardFile): Board {
  const { incident } = file;
  const meta: Meta = withoutUndefined({
    title: file.title,
    startedAt: incident.startedAt === undefined ? undefined : ms(incident.startedAt),
    resolvedAt:
      incident.resolvedAt === undefined ? undefined : incident.resolvedAt === null ? null : ms(incident.resolvedAt),
    cadenceMinutes: file.cadenceMinutes,
    customerImpact: incident.customerImpact,
    customerImpactImage: incident.customerImpactImage,
    timeZone: incident.timeZone,
    investigation: incident.investigation && { from: ms(incident.investigation.from), to: ms(incident.investigation.to) },
    escalation: incident.escalation && { from: ms(incident.escalation.from), to: ms(incident.escalation.to) },
  });
  return {
    meta,
    channels: file.channels.map((c) => withoutUndefined({ ...c })),
    comms: file.comms.map((c) => ({ ...c, at: ms(c.at) })),
    stickies: file.stickies.map(
      (s): Sticky => withoutUndefined({ ...s, at: s.at === undefined ? undefined : ms(s.at) }),
    ),
    actions: file.actions.map((a) => ({ ...a })),
    annotations: file.annotations.map((a) => ({ ...a, points: [...a.points] })),
  };
}
