import type * as Y from 'yjs';
import { BOARD_MAPS } from '@gapboard/shared';

/**
 * The things of the board a transaction changed, as a user knows them: `stickies:<id>`,
 * `comms:<id>`… for an entity (added, edited or deleted), `meta:<field>` for a field of the
 * incident's details. Creating a sticky and typing its text is two document updates but one
 * thing; the connection badge counts things, not updates.
 */
export function changedThings(doc: Y.Doc, transaction: Y.Transaction): string[] {
  // `any`: Yjs types every parent as AbstractType<any>.
  const names = new Map<Y.AbstractType<any>, string>();
  for (const name of BOARD_MAPS) names.set(doc.getMap(name), name);
  const things = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    const top = names.get(type);
    if (top !== undefined) {
      // A top-level map: its keys are entity ids (or meta fields).
      for (const key of keys) if (key !== null) things.add(`${top}:${key}`);
      continue;
    }
    // Inside an entity: climb to the child of a top-level map; its key there is the entity id.
    let child: Y.AbstractType<any> = type;
    for (;;) {
      const item = child._item;
      if (!item) break;
      const parent = item.parent as Y.AbstractType<any> | null;
      const name = parent ? names.get(parent) : undefined;
      if (name !== undefined) {
        if (item.parentSub !== null) things.add(`${name}:${item.parentSub}`);
        break;
      }
      if (!parent) break;
      child = parent;
    }
  }
  return [...things];
}

/** How the badge names each kind of thing: one, several. */
const NOUNS: Record<string, [string, string]> = {
  stickies: ['sticky', 'stickies'],
  comms: ['comm', 'comms'],
  channels: ['channel', 'channels'],
  actions: ['action', 'actions'],
  annotations: ['drawing', 'drawings'],
  meta: ['prep field', 'prep fields'],
};
const CHANGE: [string, string] = ['change', 'changes'];

/**
 * How to count `things` for a user: their number and its noun ("1 sticky", "2 stickies", or
 * "3 changes" when they are of several kinds, or unknown, such as those remembered from before a
 * reload as a bare count), and the kinds in detail ("2 stickies, 1 comm").
 */
export function countThings(things: readonly string[]): { count: number; noun: string; detail: string } {
  const byKind = new Map<string, number>();
  for (const thing of things) {
    const kind = thing.slice(0, thing.indexOf(':'));
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const pick = ([one, many]: [string, string], n: number) => (n === 1 ? one : many);
  const count = things.length;
  const [only] = byKind.keys();
  const single = byKind.size === 1 && only !== undefined ? NOUNS[only] : undefined;
  const detail = [...byKind].map(([kind, n]) => `${n} ${pick(NOUNS[kind] ?? CHANGE, n)}`).join(', ');
  return { count, noun: pick(single ?? CHANGE, count), detail };
}
