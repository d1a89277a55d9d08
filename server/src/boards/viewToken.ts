import { randomBytes } from 'node:crypto';

/**
 * Prefix of read-only view tokens. With the fixed length it tells a token from a board id
 * without a lookup: ids are 21-character nanoids, a token is `v_` + 43 characters.
 */
export const VIEW_TOKEN_PREFIX = 'v_';

const viewTokenPattern = /^v_[A-Za-z0-9_-]{43}$/;

/**
 * A fresh read-only view token: `v_` + 32 random bytes (256 bits) in base64url. The token alone
 * addresses its board read-only (`/v/<token>`), so the board id never reaches its holders.
 */
export function generateViewToken(): string {
  return `${VIEW_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Whether `address` (a path segment where a board id is accepted) has the shape of a view token. */
export function isViewToken(address: string): boolean {
  return viewTokenPattern.test(address);
}
