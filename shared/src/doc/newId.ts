/**
 * Base-32 digits in code-unit order (digits, then lowercase letters without i, l, o and u), so
 * that comparing two ids as strings compares their time keys as numbers.
 */
const SORTED_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** Time keys count milliseconds from here: 8 base-32 digits last until 2054. */
const EPOCH_MS = Date.UTC(2020, 0, 1);
const TIME_DIGITS = 8;
const RANDOM_DIGITS = 6;

/** The last time key this client used: ids made within one millisecond still ascend. */
let lastTimeKey = 0;

/**
 * A short id like `c_1h8mq3zt9k2vxa`, valid for `entityIdSchema`: a time key (8 characters)
 * then 6 random ones (30 bits).
 *
 * A board lists its channels, stickies, actions and annotations in id order (its canonical
 * order, see `sortBoard`), so ids ascend with creation: a new channel's lane goes below the
 * lanes before it, a new action to the end of the plan, and a new sticky is drawn above older
 * ones. Random ids put each in a random place. The random part keeps ids that several clients
 * make in the same millisecond distinct; ids only need to be unique within one board.
 */
export function newId(prefix = ''): string {
  lastTimeKey = Math.max(Date.now() - EPOCH_MS, lastTimeKey + 1);
  let time = '';
  for (let rest = lastTimeKey, i = 0; i < TIME_DIGITS; i++, rest = Math.floor(rest / 32)) {
    time = SORTED_ALPHABET[rest % 32] + time;
  }
  const bytes = new Uint8Array(RANDOM_DIGITS);
  globalThis.crypto.getRandomValues(bytes);
  let random = '';
  for (const b of bytes) random += SORTED_ALPHABET[b & 31];
  return prefix ? `${prefix}_${time}${random}` : `${time}${random}`;
}
