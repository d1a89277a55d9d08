import { localStore } from './localStore';

/** The name and colour this device shows to the others in a meeting. */
export interface UserProfile {
  name: string;
  color: string;
}

const NAME_KEY = 'gapboard.name';
const COLOR_KEY = 'gapboard.color';

/** Cursor colours: distinct, readable on white, colour-blind-friendlier than a random hue. */
export const CURSOR_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22'] as const;

/** The stored profile; the colour is picked at random once and then kept. The name may be empty. */
export function loadProfile(): UserProfile {
  let color = localStore.get(COLOR_KEY) ?? '';
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) {
    color = CURSOR_COLORS[Math.floor(Math.random() * CURSOR_COLORS.length)] ?? '#1f77b4';
    localStore.set(COLOR_KEY, color);
  }
  return { name: (localStore.get(NAME_KEY) ?? '').slice(0, 60), color };
}

export function saveName(name: string): void {
  localStore.set(NAME_KEY, name.trim().slice(0, 60));
}
