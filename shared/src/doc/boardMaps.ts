import * as Y from 'yjs';
import type { CollectionName } from '../model/entities';

/**
 * The document layout (DESIGN.md): one top-level `Y.Map` per name. `meta` holds plain values
 * (title, times in epoch ms, phase windows as plain `{from,to}` objects); every other map is
 * keyed by entity id and holds one nested `Y.Map` per entity, with the entity's field names.
 */
export const BOARD_MAPS = ['meta', 'channels', 'comms', 'stickies', 'actions', 'annotations'] as const;
export type BoardMapName = (typeof BOARD_MAPS)[number];

/** The top-level `meta` map. */
export function getMetaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('meta');
}

/** The top-level map of one entity collection (values should be `Y.Map`s, but a foreign client may put anything there). */
export function getCollectionMap(doc: Y.Doc, collection: CollectionName): Y.Map<unknown> {
  return doc.getMap<unknown>(collection);
}
