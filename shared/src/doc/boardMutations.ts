import * as Y from 'yjs';
import { z } from 'zod';
import {
  collectionNames,
  collectionSchemas,
  metaSchema,
  type Action,
  type Annotation,
  type Channel,
  type CollectionName,
  type Comm,
  type Meta,
  type Sticky,
} from '../model/entities';
import { formatZodError } from '../model/formatZodError';
import { BoardInputError, invalidFieldsOf } from './BoardInputError';
import { getCollectionMap, getMetaMap } from './boardMaps';
import { docMetaSchema, META_FIELDS, safeParseEntity, type EntityByCollection, type EntityInput } from './docSchemas';
import { readMeta } from './readBoard';
import { newYEntity, writeYEntity } from './writeYEntity';

/*
 * The only ways client and server change a board. Each helper validates first and throws a
 * BoardInputError (field path in the message) before anything is written; the write itself is
 * one `doc.transact(fn, origin)`, so it reaches other clients as one update and can be undone
 * as one step by an UndoManager that tracks `origin`.
 */

/** A patch of `meta`: the fields to set; a field set to `undefined` is removed. */
export type MetaPatch = Partial<z.input<typeof metaSchema>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assertCollection(collection: unknown): asserts collection is CollectionName {
  if (!collectionNames.includes(collection as CollectionName)) {
    throw new BoardInputError(`collection: expected one of ${collectionNames.join(', ')}`);
  }
}

/** Sets the given `meta` fields, after checking the merged meta (e.g. resolution not before start). */
export function setMeta(doc: Y.Doc, patch: MetaPatch, origin?: unknown): Meta {
  if (!isRecord(patch)) throw new BoardInputError('meta: expected an object of fields to set');
  for (const key of Object.keys(patch)) {
    if (!(META_FIELDS as string[]).includes(key)) throw new BoardInputError(`meta.${key}: unknown field`);
  }
  const map = getMetaMap(doc);
  const merged: Record<string, unknown> = { ...readMeta(map) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const result = docMetaSchema.safeParse(merged);
  if (!result.success) throw new BoardInputError(formatZodError(result.error, 'meta'), { kind: 'invalid-fields', fields: invalidFieldsOf(result.error) });
  const parsed = result.data as Record<string, unknown>;
  const fields = Object.fromEntries(Object.keys(patch).map((key) => [key, parsed[key]]));
  doc.transact(() => writeYEntity(map, fields, false), origin ?? null);
  return result.data;
}

/** Whether `channelId` names a valid channel entry of the document. */
function channelExists(doc: Y.Doc, channelId: string): boolean {
  const entry = getCollectionMap(doc, 'channels').get(channelId);
  if (!(entry instanceof Y.Map)) return false;
  const raw = entry.toJSON() as Record<string, unknown>;
  return safeParseEntity('channels', { ...raw, id: raw.id ?? channelId }).success;
}

function parseOrThrow<C extends CollectionName>(doc: Y.Doc, collection: C, input: unknown): EntityByCollection[C] {
  const id = isRecord(input) && typeof input.id === 'string' ? input.id : undefined;
  const where = id === undefined ? collection : `${collection}.${id}`;
  const result = safeParseEntity(collection, input);
  if (!result.success) throw new BoardInputError(formatZodError(result.error, where), { kind: 'invalid-fields', fields: invalidFieldsOf(result.error) });
  const entity = result.data;
  if (collection === 'comms') {
    const { channelId } = entity as Comm;
    if (!channelExists(doc, channelId)) {
      throw new BoardInputError(`${where}.channelId: unknown channel "${channelId}"`, { kind: 'missing-entry', collection: 'channels', id: channelId });
    }
  }
  return entity;
}

function upsert<C extends CollectionName>(doc: Y.Doc, collection: C, input: unknown, origin: unknown) {
  const entity = parseOrThrow(doc, collection, input);
  const map = getCollectionMap(doc, collection);
  const fields = entity as unknown as Record<string, unknown>;
  doc.transact(() => {
    const existing = map.get(entity.id);
    if (existing instanceof Y.Map) writeYEntity(existing as Y.Map<unknown>, fields, true);
    else map.set(entity.id, newYEntity(fields));
  }, origin ?? null);
  return entity;
}

/** Creates or replaces a channel (unchanged fields are not rewritten). */
export function upsertChannel(doc: Y.Doc, channel: EntityInput<'channels'>, origin?: unknown): Channel {
  return upsert(doc, 'channels', channel, origin);
}

/** Creates or replaces a comm; its channel must exist. */
export function upsertComm(doc: Y.Doc, comm: EntityInput<'comms'>, origin?: unknown): Comm {
  return upsert(doc, 'comms', comm, origin);
}

/** Creates or replaces a sticky. */
export function upsertSticky(doc: Y.Doc, sticky: EntityInput<'stickies'>, origin?: unknown): Sticky {
  return upsert(doc, 'stickies', sticky, origin);
}

/** Creates or replaces an action. */
export function upsertAction(doc: Y.Doc, action: EntityInput<'actions'>, origin?: unknown): Action {
  return upsert(doc, 'actions', action, origin);
}

/** Adds an ink stroke (a stroke with an existing id replaces it, so a retried add is harmless). */
export function addAnnotation(doc: Y.Doc, annotation: EntityInput<'annotations'>, origin?: unknown): Annotation {
  return upsert(doc, 'annotations', annotation, origin);
}

/**
 * Changes some fields of an existing entity. The merged entity is validated first; then only
 * the fields in `patch` whose value changes are written, so two people editing different
 * fields of one sticky at the same time both keep their edit. A field set to `undefined` is
 * removed (only optional fields can be). Returns the merged entity.
 */
export function patchEntity<C extends CollectionName>(
  doc: Y.Doc,
  collection: C,
  id: string,
  patch: Partial<EntityInput<C>>,
  origin?: unknown,
): EntityByCollection[C] {
  assertCollection(collection);
  const where = `${collection}.${id}`;
  if (!isRecord(patch)) throw new BoardInputError(`${where}: expected an object of fields to set`);
  const known = Object.keys(collectionSchemas[collection].shape);
  for (const key of Object.keys(patch)) {
    if (!known.includes(key)) throw new BoardInputError(`${where}.${key}: unknown field`);
  }
  if (patch.id !== undefined && patch.id !== id) throw new BoardInputError(`${where}.id: an entry's id cannot change`);
  const existing = getCollectionMap(doc, collection).get(id);
  if (!(existing instanceof Y.Map)) throw new BoardInputError(`${where}: no such entry`, { kind: 'missing-entry', collection, id });
  const merged: Record<string, unknown> = { ...(existing.toJSON() as Record<string, unknown>), id };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const entity = parseOrThrow(doc, collection, merged);
  const parsed = entity as unknown as Record<string, unknown>;
  const fields = Object.fromEntries(Object.keys(patch).map((key) => [key, parsed[key]]));
  doc.transact(() => writeYEntity(existing as Y.Map<unknown>, fields, false), origin ?? null);
  return entity;
}

/**
 * Deletes an entry (no-op if it does not exist). Deleting a channel also deletes its comms,
 * in the same transaction. Returns whether anything was deleted.
 */
export function deleteEntity(doc: Y.Doc, collection: CollectionName, id: string, origin?: unknown): boolean {
  assertCollection(collection);
  if (typeof id !== 'string') throw new BoardInputError('id: expected a string');
  const map = getCollectionMap(doc, collection);
  const orphans: string[] = [];
  if (collection === 'channels') {
    getCollectionMap(doc, 'comms').forEach((comm, commId) => {
      if (comm instanceof Y.Map && comm.get('channelId') === id) orphans.push(commId);
    });
  }
  if (!map.has(id) && orphans.length === 0) return false;
  doc.transact(() => {
    map.delete(id);
    const comms = getCollectionMap(doc, 'comms');
    for (const commId of orphans) comms.delete(commId);
  }, origin ?? null);
  return true;
}
