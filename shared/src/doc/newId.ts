/** 32 unambiguous lowercase letters and digits: 5 bits per character. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz023456789';

/**
 * A short random id like `c_k3m9x2pq7a` (10 characters, 50 bits), valid for `entityIdSchema`.
 * Ids only need to be unique within one board; 50 bits keep collisions negligible even for
 * thousands of entries created concurrently by several clients.
 */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += ALPHABET[b & 31];
  return prefix ? `${prefix}_${id}` : id;
}
