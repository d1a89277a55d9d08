import { z } from 'zod';
import { localStore } from './localStore';

/** A board opened on this device, for the home page list. */
export interface RecentBoard {
  id: string;
  title: string;
  /** Epoch ms of the last visit. */
  openedAt: number;
  /** Read-only token when the board was opened through an older `/b/:id?view=` link. */
  viewToken?: string;
  /** True when `id` is a view token (`/v/:token` link): the board opens read-only. */
  viaViewToken?: boolean;
}

const KEY = 'gapboard.recentBoards';
const MAX = 20;
const listSchema = z.array(
  z.object({
    id: z.string().min(1).max(64),
    title: z.string().max(200),
    openedAt: z.number(),
    viewToken: z.string().max(200).optional(),
    viaViewToken: z.boolean().optional(),
  }),
);

/** Boards recently opened on this device, most recent first; corrupt storage reads as empty. */
export function listRecentBoards(): RecentBoard[] {
  const raw = localStore.get(KEY);
  if (!raw) return [];
  try {
    const parsed = listSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.sort((a, b) => b.openedAt - a.openedAt) : [];
  } catch {
    return [];
  }
}

/** Records a visit (or a title change) of a board. */
export function rememberBoard(entry: RecentBoard): void {
  const rest = listRecentBoards().filter((b) => b.id !== entry.id);
  localStore.set(KEY, JSON.stringify([entry, ...rest].slice(0, MAX)));
}

/** Removes a board from the list (the entry only; the board itself stays on the server). */
export function forgetBoard(id: string): void {
  localStore.set(KEY, JSON.stringify(listRecentBoards().filter((b) => b.id !== id)));
}
