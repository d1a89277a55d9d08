import * as Y from 'yjs';
import { z } from 'zod';
import {
  metaSchema,
  type Board,
  type CollectionName,
  type InvalidEntry,
  type Meta,
} from '../model/entities';
import { formatZodError } from '../model/formatZodError';
import { getCollectionMap, getMetaMap } from './boardMaps';
import { docMetaSchema, META_FIELDS, safeParseEntity, type EntityByCollection } from './docSchemas';
import { sortBoard } from './sortBoard';

/**
 * Reads a board snapshot out of a document. Never throws: any client (or a bot) may have put
 * anything into the shared maps, so every entry is checked against its zod schema. Entries
 * that fail are listed in `invalid` (with the field path and what was expected) and left out of
 * `board`; invalid `meta` fields are reported one by one and fall back to their defaults while
 * the valid rest is kept. A comm whose channel does not exist is invalid too, so that the
 * board always exports to a valid board file.
 *
 * Array order is canonical (see `sortBoard`): comms by time then id, everything else by id.
 */
export function readBoard(doc: Y.Doc): { board: Board; invalid: InvalidEntry[] } {
  const invalid: InvalidEntry[] = [];
  const metaMap = rootMap(doc, 'meta', invalid);
  const meta = metaMap ? readMeta(metaMap, invalid) : metaSchema.parse({});
  const channels = readCollection(doc, 'channels', invalid);
  const channelIds = new Set(channels.map((c) => c.id));
  const comms = readCollection(doc, 'comms', invalid).filter((comm) => {
    if (channelIds.has(comm.channelId)) return true;
    invalid.push({
      collection: 'comms',
      id: comm.id,
      message: `comms.${comm.id}.channelId: unknown channel "${comm.channelId}"`,
    });
    return false;
  });
  const board = sortBoard({
    meta,
    channels,
    comms,
    stickies: readCollection(doc, 'stickies', invalid),
    actions: readCollection(doc, 'actions', invalid),
    annotations: readCollection(doc, 'annotations', invalid),
  });
  return { board, invalid };
}

/** A short description of a value that is not what we expected, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  // instanceof rather than constructor.name, which a minifying bundler renames.
  if (value instanceof Y.Text) return 'a Y.Text';
  if (value instanceof Y.Array) return 'a Y.Array';
  if (value instanceof Y.Map) return 'a Y.Map';
  if (value instanceof Y.AbstractType) return 'a Yjs shared type';
  if (value instanceof Uint8Array) return 'binary data';
  const type = typeof value;
  return type === 'object' || type === 'undefined' ? `an ${type}` : `a ${type}`;
}

/**
 * A top-level map, or undefined when code in this process already defined the name as another
 * shared type (Yjs then throws on `getMap`); reported rather than thrown.
 */
function rootMap(doc: Y.Doc, name: CollectionName | 'meta', invalid: InvalidEntry[]): Y.Map<unknown> | undefined {
  try {
    return name === 'meta' ? getMetaMap(doc) : getCollectionMap(doc, name);
  } catch {
    invalid.push({ collection: name, id: '*', message: `${name}: expected a top-level Y.Map` });
    return undefined;
  }
}

function readCollection<C extends CollectionName>(
  doc: Y.Doc,
  collection: C,
  invalid: InvalidEntry[],
): EntityByCollection[C][] {
  const out: EntityByCollection[C][] = [];
  rootMap(doc, collection, invalid)?.forEach((value, key) => {
    const where = `${collection}.${key}`;
    if (!(value instanceof Y.Map)) {
      invalid.push({
        collection,
        id: key,
        message: `${where}: expected a Y.Map holding the entry's fields, got ${describeValue(value)}`,
      });
      return;
    }
    let raw: Record<string, unknown>;
    try {
      raw = value.toJSON() as Record<string, unknown>;
    } catch {
      // toJSON recurses: shared types nested thousands deep overflow the stack.
      invalid.push({ collection, id: key, message: `${where}: could not be read (shared types nested too deep)` });
      return;
    }
    // A bot may leave out the id field: the map key is the id. If both exist they must agree.
    if (raw.id === undefined) raw.id = key;
    else if (raw.id !== key) {
      invalid.push({ collection, id: key, message: `${where}.id: expected "${key}" (the entry's key)` });
      return;
    }
    const parsed = safeParseEntity(collection, raw);
    if (parsed.success) out.push(parsed.data);
    else invalid.push({ collection, id: key, message: formatZodError(parsed.error, where) });
  });
  return out;
}

/**
 * The valid part of the `meta` map: invalid fields are reported in `invalid` (collection
 * `meta`, id = field name) and fall back to their defaults.
 */
export function readMeta(map: Y.Map<unknown>, invalid: InvalidEntry[] = []): Meta {
  const candidate: Record<string, unknown> = {};
  for (const key of META_FIELDS) {
    if (map.has(key)) candidate[key] = map.get(key);
  }
  // Each round drops the fields named by the issues; the schema's own defaults then apply.
  // The number of rounds is bounded by the number of fields (plus one clean pass).
  for (let round = 0; round <= META_FIELDS.length; round++) {
    const result = docMetaSchema.safeParse(candidate);
    if (result.success) return result.data;
    const byField = new Map<string, z.core.$ZodIssue[]>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      byField.set(field, [...(byField.get(field) ?? []), issue]);
    }
    for (const [field, issues] of byField) {
      invalid.push({ collection: 'meta', id: field || 'meta', message: formatZodError(new z.ZodError(issues), 'meta') });
      if (!field || !(field in candidate)) return metaSchema.parse({});
      delete candidate[field];
    }
  }
  return metaSchema.parse({});
}
