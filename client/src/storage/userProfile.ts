import { PRESENCE_COLORS } from '@gapboard/shared';
import { localStore } from './localStore';

/** The name this device shows to the others in a meeting, and the colour it asks for there. */
export interface UserProfile {
  name: string;
  color: string;
}

const NAME_KEY = 'gapboard.name';
const COLOR_KEY = 'gapboard.color';

/**
 * The stored profile; the colour is picked at random once and then kept. The name may be empty.
 * The colour is the one asked for when joining a meeting: the server gives another one when
 * someone present already has it (Meeting.color), and the stored one is asked for again next time.
 */
export function loadProfile(): UserProfile {
  let color = localStore.get(COLOR_KEY) ?? '';
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) {
    color = PRESENCE_COLORS[Math.floor(Math.random() * PRESENCE_COLORS.length)] ?? PRESENCE_COLORS[0];
    localStore.set(COLOR_KEY, color);
  }
  return { name: (localStore.get(NAME_KEY) ?? '').slice(0, 60), color };
}

export function saveName(name: string): void {
  localStore.set(NAME_KEY, name.trim().slice(0, 60));
}
