import type { Board, StickyKind } from '@gapboard/shared';
import type { GapSeverity } from './sceneTypes';
import { formatMinutes } from './formatMinutes';
import { GAP_COLORS, SCENE_STYLE, STICKY_COLORS } from './sceneStyle';
import type { Rect, SceneHeader, SceneLegendItem } from './sceneTypes';
import type { ZonedClock } from '../time/zonedTime';

/** Height of the export header (title, window line, legend). */
export const HEADER_HEIGHT = 118;

/** What a board's scene draws, as far as the legend is concerned. */
export interface LegendContent {
  bands: ReadonlySet<'investigation' | 'escalation'>;
  gapSeverities: ReadonlySet<GapSeverity>;
  circledGaps: boolean;
  comms: boolean;
  stickyKinds: ReadonlySet<StickyKind>;
}

/**
 * The legend of the export: what each colour and shape on the board means, for what this board
 * shows only (an entry for something absent from the image sends readers looking for it).
 */
export function sceneLegend(content: LegendContent): SceneLegendItem[] {
  return [
    ...(['investigation', 'escalation'] as const)
      .filter((kind) => content.bands.has(kind))
      .map<SceneLegendItem>((kind) => ({ label: SCENE_STYLE.bands[kind].label, shape: 'swatch', color: SCENE_STYLE.bands[kind].fill })),
    ...(['over', 'double', 'quadruple'] as const)
      .filter((severity) => content.gapSeverities.has(severity))
      .map<SceneLegendItem>((severity) => ({ label: `Gap: ${GAP_COLORS[severity].label}`, shape: 'swatch', color: GAP_COLORS[severity].fill })),
    ...(content.circledGaps ? [{ label: 'Suggested: 3 biggest gaps', shape: 'line' as const, color: SCENE_STYLE.ellipse }] : []),
    ...(content.comms ? [{ label: 'Customer update (comm)', shape: 'dot' as const, color: SCENE_STYLE.ink }] : []),
    ...(['issue', 'root-cause', 'note', 'action'] as const)
      .filter((kind) => content.stickyKinds.has(kind))
      .map<SceneLegendItem>((kind) => ({ label: STICKY_COLORS[kind].label, shape: 'swatch', color: STICKY_COLORS[kind].fill })),
  ];
}

/**
 * The export header, placed just above `bounds`: the board's title, its incident window in the
 * board's zone with its length and cadence target, and the legend (see sceneLegend).
 */
export function sceneHeader(
  board: Board,
  window: { from: number; to: number } | null,
  ongoing: boolean,
  clock: ZonedClock,
  bounds: Rect,
  legend: SceneLegendItem[],
): SceneHeader {
  const cadence = board.meta.cadenceMinutes;
  let subtitle: string;
  if (!window) {
    subtitle = 'Incident start not set yet';
  } else {
    const sameDay = clock.dateKey(window.from) === clock.dateKey(window.to);
    const end = ongoing ? `now (ongoing), ${clock.time(window.to)}` : sameDay ? clock.time(window.to) : clock.dateTime(window.to);
    subtitle =
      `Incident: ${clock.dateTime(window.from)} → ${end} (${clock.timeZone})` +
      ` · ${formatMinutes((window.to - window.from) / 60_000)}` +
      ` · cadence target ${cadence} min`;
  }
  return {
    x: bounds.x,
    y: bounds.y - HEADER_HEIGHT,
    width: Math.max(bounds.width, 900),
    height: HEADER_HEIGHT,
    title: board.meta.title.trim() || 'Untitled incident',
    subtitle,
    legend,
  };
}
