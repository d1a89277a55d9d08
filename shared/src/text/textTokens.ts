/**
 * Words (letters, digits and their combining marks), runs of whitespace, and single other
 * characters (punctuation, symbols, emoji), each one token. One code point is never split.
 */
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|[\s\S]/gu;

/**
 * Splits text into the units a text merge compares: `textTokens(t).join('') === t` for every
 * string. Words are whole tokens so that two people's edits meet at word boundaries (a merge
 * never interleaves the letters of two different words), and whitespace is kept as tokens so
 * that a merge gives back the text exactly as typed.
 */
export function textTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
