import * as Y from 'yjs';

/** Structural equality for the JSON values an entity holds (numbers, strings, arrays of numbers). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes `fields` into an entity map, touching only keys whose value changes: an unchanged
 * field is not rewritten, so a concurrent edit of it on another client is not overwritten.
 * With `replace`, keys not in `fields` are deleted (the entity is replaced as a whole).
 * `undefined` values delete the key. Call inside a transaction.
 */
export function writeYEntity(map: Y.Map<unknown>, fields: Record<string, unknown>, replace: boolean): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (map.has(key)) map.delete(key);
    } else if (!map.has(key) || !sameValue(map.get(key), value)) {
      map.set(key, value);
    }
  }
  if (replace) {
    for (const key of [...map.keys()]) {
      if (fields[key] === undefined) map.delete(key);
    }
  }
}

/** A new (not yet integrated) entity map holding `fields`; `undefined` values are left out. */
export function newYEntity(fields: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map<unknown>(Object.entries(fields).filter(([, v]) => v !== undefined));
}
