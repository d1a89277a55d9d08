import * as Y from 'yjs';

/**
 * How deep shared types may nest in a board's document. The layout (DESIGN.md) needs two
 * levels: a top-level map, then one `Y.Map` per entity holding plain values; the limit leaves
 * room for bots that store a field as a `Y.Array` or `Y.Text`. Why a limit at all: Yjs deletes
 * and garbage-collects nested types recursively, so deleting a type nested a few thousand deep
 * overflows the stack half-way through a transaction. The document is then stuck (it never
 * emits another update: nothing more is stored or relayed) on the server and on every client
 * that applies the delete. Such nesting must never get into a board.
 */
export const MAX_TYPE_NESTING = 16;

/**
 * Checks, before `update` is applied to `doc`, that none of the shared types it creates would
 * sit deeper than `maxDepth` (a top-level type has depth 0, an entity map 1). Returns a message
 * for the close reason, or null when the update is fine. Items whose parent is neither in `doc`
 * nor in the update are counted as top-level: Yjs holds them back as pending until their parent
 * arrives (the room refuses updates that leave anything pending). Iterative, so a long chain of
 * items in a hostile update cannot overflow the stack here either.
 * @throws when the update cannot be decoded (the caller treats it as an invalid update).
 */
export function typeNestingProblem(doc: Y.Doc, update: Uint8Array, maxDepth = MAX_TYPE_NESTING): string | null {
  const { structs } = Y.decodeUpdate(update);
  const items = structs.filter((s): s is Y.Item => s instanceof Y.Item);
  if (!items.some((item) => item.content instanceof Y.ContentType)) return null;

  const byClient = new Map<number, Y.Item[]>();
  for (const item of items) {
    const list = byClient.get(item.id.client) ?? [];
    list.push(item);
    byClient.set(item.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  const inUpdate = (id: Y.ID): Y.Item | undefined => findCovering(byClient.get(id.client), id.clock);

  /** Depth of the type each update item sits in, once known. */
  const containerDepth = new Map<Y.Item, number>();
  const depthOf = (start: Y.Item): number => {
    // Walk parent (+1) and sibling (+0) links until a depth is known, then unwind.
    const chain: { item: Y.Item; add: number }[] = [];
    const visited = new Set<Y.Item>();
    let current = start;
    let depth: number;
    for (;;) {
      const known = containerDepth.get(current);
      if (known !== undefined) {
        depth = known;
        break;
      }
      const parent = current.parent as unknown;
      if (typeof parent === 'string' || visited.has(current)) {
        depth = 0; // a top-level type, or a cycle (never integrated)
        containerDepth.set(current, depth);
        break;
      }
      visited.add(current);
      const ref = parent instanceof Y.ID ? parent : (current.origin ?? current.rightOrigin);
      const add = parent instanceof Y.ID ? 1 : 0;
      const next = ref ? inUpdate(ref) : undefined;
      if (next) {
        chain.push({ item: current, add });
        current = next;
        continue;
      }
      depth = (ref ? docContainerDepth(doc, ref) : 0) + add;
      containerDepth.set(current, depth);
      break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      depth += chain[i]!.add;
      containerDepth.set(chain[i]!.item, depth);
    }
    return containerDepth.get(start)!;
  };

  for (const item of items) {
    if (!(item.content instanceof Y.ContentType)) continue;
    const depth = depthOf(item) + 1;
    if (depth > maxDepth) {
      return `shared types nested ${depth} deep (at most ${maxDepth}; the board's layout needs 2)`;
    }
  }
  return null;
}

/** The update item whose clock range holds `clock` (items of one client, sorted by clock). */
function findCovering(list: Y.Item[] | undefined, clock: number): Y.Item | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid]!;
    if (clock < item.id.clock) hi = mid - 1;
    else if (clock >= item.id.clock + item.length) lo = mid + 1;
    else return item;
  }
  return undefined;
}

/**
 * Depth of the type holding the document's struct `id` (0 in a top-level type); 0 when the
 * document does not have it (pending) or only as garbage-collected content.
 */
function docContainerDepth(doc: Y.Doc, id: Y.ID): number {
  const structs = doc.store.clients.get(id.client);
  if (!structs || id.clock >= Y.getState(doc.store, id.client)) return 0;
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  if (!(struct instanceof Y.Item)) return 0;
  let depth = 0;
  let type = struct.parent;
  while (type instanceof Y.AbstractType && type._item !== null) {
    depth++;
    type = type._item.parent;
  }
  return depth;
}
