import type { Channel } from '@gapboard/shared';

/** Distinct lane colours (Tableau 10), used when a channel has no colour of its own. */
export const LANE_PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#7f7f7f',
  '#d62728',
] as const;

/** Options of {@link laneLayout}. */
export interface LaneLayoutOptions {
  /** y of the main timeline. @default 0 */
  mainY?: number;
  /** Distance from the main line to the first lane. @default 80 — room for the branch's bend. */
  firstLaneOffset?: number;
  /** Distance between lanes. @default 60 — a comm dot and its hover target never touch the next lane. */
  laneSpacing?: number;
}

export interface LaneSlot {
  channelId: string;
  name: string;
  color: string;
  y: number;
}

export interface LaneLayout {
  /** y of the main timeline. */
  mainY: number;
  lanes: LaneSlot[];
  /** Lowest y used by the lanes (the last lane plus half a spacing); `mainY` plus that margin when there is none. */
  bottom: number;
  /** Lane y of a channel, or undefined for an unknown channel. */
  laneY(channelId: string): number | undefined;
}

/**
 * Assigns each channel a lane below the main timeline, in the board's channel order, and a
 * colour (its own, else the palette by position so colours stay put while channels are added
 * at the end).
 */
export function laneLayout(channels: readonly Channel[], options: LaneLayoutOptions = {}): LaneLayout {
  const mainY = options.mainY ?? 0;
  const first = options.firstLaneOffset ?? 80;
  const spacing = options.laneSpacing ?? 60;
  const lanes = channels.map<LaneSlot>((channel, i) => ({
    channelId: channel.id,
    name: channel.name,
    color: channel.color ?? LANE_PALETTE[i % LANE_PALETTE.length]!,
    y: mainY + first + i * spacing,
  }));
  const byId = new Map(lanes.map((lane) => [lane.channelId, lane.y]));
  const last = lanes[lanes.length - 1];
  return {
    mainY,
    lanes,
    bottom: last ? last.y + spacing / 2 : mainY + first / 2,
    laneY: (channelId) => byId.get(channelId),
  };
}

/**
 * The branch of a lane off the main line: down from the main line at `x`, with a rounded
 * elbow into the lane. Flat points for a Konva line.
 */
export function branchPoints(x: number, mainY: number, laneY: number, elbow = 14): number[] {
  return [x, mainY, x, laneY - elbow, x + elbow * 0.3, laneY - elbow * 0.3, x + elbow, laneY];
}
