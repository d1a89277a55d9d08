import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret (facilitator key, read-only token): 32 random bytes, base64url (43 chars). */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** sha256 of a secret, base64url: what storage keeps instead of the secret itself. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('base64url');
}

/** Whether `secret` hashes to `expectedHash`, compared in constant time. */
export function secretMatches(secret: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret));
  const expected = Buffer.from(expectedHash);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
