import type { Board } from '@gapboard/shared';
import { formatMinutes } from './formatMinutes';
import { GAP_COLORS, SCENE_STYLE, STICKY_COLORS } from './sceneStyle';
import type { Rect, SceneHeader, SceneLegendItem } from './sceneTypes';
import type { ZonedClock } from '../time/zonedTime';

/** Height of the export header (title, window line, legend). */
export const HEADER_HEIGHT = 118;

/** The legend of the export: what each colour and shape on the board means. */
export function sceneLegend(): SceneLegendItem[] {
  return [
    { label: SCENE_STYLE.bands.investigation.label, shape: 'swatch', color: SCENE_STYLE.bands.investigation.fill },
    { label: SCENE_STYLE.bands.escalation.label, shape: 'swatch', color: SCENE_STYLE.bands.escalation.fill },
    ...(['over', 'double', 'quadruple'] as const).map<SceneLegendItem>((s) => ({
      label: `Gap: ${GAP_COLORS[s].label}`,
      shape: 'swatch',
      color: GAP_COLORS[s].fill,
    })),
    { label: 'Suggested: 3 biggest gaps', shape: 'line', color: SCENE_STYLE.ellipse },
    { label: 'Customer update (comm)', shape: 'dot', color: SCENE_STYLE.ink },
    ...(['issue', 'root-cause', 'note', 'action'] as const).map<SceneLegendItem>((k) => ({
      label: STICKY_COLORS[k].label,
      shape: 'swatch',
      color: STICKY_COLORS[k].fill,
    })),
  ];
}

/**
 * The export header, placed just above `bounds`: the board's title, its incident window in the
 * board's zone with its length and cadence target, and the legend.
 */
export function sceneHeader(
  board: Board,
  window: { from: number; to: number } | null,
  ongoing: boolean,
  clock: ZonedClock,
  bounds: Rect,
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
    legend: sceneLegend(),
  };
}
