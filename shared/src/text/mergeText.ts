import { diffSequences } from './diffSequences';
import { textTokens } from './textTokens';

/** The outcome of a three-way text merge. */
export interface TextMerge {
  /** The merged text. Holds every word either side added, whether or not there was a conflict. */
  text: string;
  /**
   * Both sides changed the same words (or inserted at the same place). The text then holds
   * both versions, the stored one ("theirs") first, joined by {@link CONFLICT_SEPARATOR} unless
   * whitespace already parts them; where one side deleted what the other rewrote, the rewrite.
   */
  conflict: boolean;
}

/** Put between the two versions of a conflicting part when no whitespace parts them already. */
export const CONFLICT_SEPARATOR = ' / ';

/** One side's change to the base: base tokens `[start, end)` become `text`. */
interface Change {
  side: 'theirs' | 'mine';
  start: number;
  end: number;
  text: string;
}

/**
 * Three-way merge of a plain-text field. `base` is the text when this edit began, `theirs`
 * the text stored now (others' saves since), `mine` the edit being saved. Changes are found
 * word by word ({@link textTokens}) and both sides' changes are kept:
 *
 * - changes to different words, even adjacent ones, are applied both (an insertion right
 *   before or after a word the other side rewrote goes before or after the rewrite);
 * - the same change made on both sides is applied once;
 * - changes to the same words, or two insertions at the same place, conflict: both versions
 *   are kept, the stored one first (it was saved first, so the words the others already see
 *   stay where they are and the later save follows them). No word is ever dropped: a side that
 *   deleted words the other side rewrote gets the rewrite.
 *
 * Pure and total: any three strings give a result.
 */
export function mergeText(base: string, theirs: string, mine: string): TextMerge {
  if (mine === base || mine === theirs) return { text: theirs, conflict: false };
  if (theirs === base) return { text: mine, conflict: false };

  const baseTokens = textTokens(base);
  const changes = [...changesOf('theirs', baseTokens, textTokens(theirs)), ...changesOf('mine', baseTokens, textTokens(mine))];
  const groups = widenConflicts(baseTokens, groupConflicting(changes));

  let text = '';
  let conflict = false;
  let at = 0;
  for (const group of groups) {
    text = append(text, baseTokens.slice(at, group.start).join(''));
    const merged = mergeGroup(baseTokens, group);
    text = append(text, merged.text);
    conflict ||= merged.conflict;
    at = group.end;
  }
  text = append(text, baseTokens.slice(at).join(''));
  return { text, conflict };
}

/** `side`'s changes to the base tokens. */
function changesOf(side: Change['side'], base: readonly string[], edited: readonly string[]): Change[] {
  // Tokens as numbers: compared with ===, and no token (say "constructor") can hit a prototype.
  const ids = new Map<string, number>();
  const id = (t: string) => {
    let n = ids.get(t);
    if (n === undefined) ids.set(t, (n = ids.size));
    return n;
  };
  const baseIds = base.map(id);
  const editedIds = edited.map(id);
  return diffSequences(baseIds, editedIds).map((h) => ({ side, start: h.aStart, end: h.aEnd, text: edited.slice(h.bStart, h.bEnd).join('') }));
}

/**
 * Whether two changes of different sides touch the same part of the base: overlapping ranges,
 * an insertion strictly inside the other's range, or two insertions at one place. Ranges that
 * only meet at an end do not conflict: their order in the text is clear.
 */
function conflicts(x: Change, y: Change): boolean {
  if (x.side === y.side) return false;
  const xInsert = x.start === x.end;
  const yInsert = y.start === y.end;
  if (xInsert && yInsert) return x.start === y.start;
  if (xInsert) return y.start < x.start && x.start < y.end;
  if (yInsert) return x.start < y.start && y.start < x.end;
  return x.start < y.end && y.start < x.end;
}

interface Group {
  start: number;
  end: number;
  changes: Change[];
}

/**
 * Changes gathered into groups of (transitively) conflicting ones, in text order; a group of
 * one is a clean change. An insertion at a range's start sorts before it, one at its end after.
 */
function groupConflicting(changes: Change[]): Group[] {
  // Union-find over conflicting pairs (a field's edit has a handful of changes).
  const parent = changes.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < changes.length; i += 1) {
    for (let j = i + 1; j < changes.length; j += 1) {
      if (conflicts(changes[i]!, changes[j]!)) parent[root(i)] = root(j);
    }
  }
  const byRoot = new Map<number, Group>();
  changes.forEach((c, i) => {
    const r = root(i);
    const g = byRoot.get(r);
    if (g) {
      g.start = Math.min(g.start, c.start);
      g.end = Math.max(g.end, c.end);
      g.changes.push(c);
    } else {
      byRoot.set(r, { start: c.start, end: c.end, changes: [c] });
    }
  });
  return [...byRoot.values()].sort((p, q) => p.start - q.start || p.end - q.end);
}

const bothSides = (g: Group) => g.changes.some((c) => c.side === 'theirs') && g.changes.some((c) => c.side === 'mine');
const isSpace = (token: string | undefined) => token !== undefined && /^\s/u.test(token);

/**
 * Widens each conflict over changed words to whole whitespace-delimited words, so that both
 * versions read on their own ("10:05 / 10:30", not "10:05 / 30"), then joins groups that now
 * overlap. Two insertions at one place are not widened: both would repeat the words before them.
 */
function widenConflicts(base: readonly string[], sorted: readonly Group[]): Group[] {
  const groups: Group[] = [];
  for (const next of sorted) {
    const g: Group = { start: next.start, end: next.end, changes: [...next.changes] };
    if (bothSides(g) && g.start < g.end) {
      while (g.start > 0 && !isSpace(base[g.start - 1])) g.start -= 1;
      while (g.end < base.length && !isSpace(base[g.end])) g.end += 1;
    }
    let last = groups[groups.length - 1];
    while (last && g.start < last.end) {
      groups.pop();
      g.start = Math.min(g.start, last.start);
      g.end = Math.max(g.end, last.end);
      g.changes.push(...last.changes);
      last = groups[groups.length - 1];
    }
    groups.push(g);
  }
  return groups;
}

/** The base tokens `[group.start, group.end)` with one side's changes of the group applied. */
function sideText(base: readonly string[], group: Group, side: Change['side']): string | null {
  const own = group.changes.filter((c) => c.side === side).sort((p, q) => p.start - q.start || p.end - q.end);
  if (own.length === 0) return null;
  let text = '';
  let at = group.start;
  for (const c of own) {
    text += base.slice(at, c.start).join('') + c.text;
    at = c.end;
  }
  return text + base.slice(at, group.end).join('');
}

function mergeGroup(base: readonly string[], group: Group): TextMerge {
  const theirs = sideText(base, group, 'theirs');
  const mine = sideText(base, group, 'mine');
  if (theirs === null) return { text: mine ?? '', conflict: false };
  if (mine === null || mine === theirs) return { text: theirs, conflict: false };
  const original = base.slice(group.start, group.end).join('');
  // One side deleted (or blanked) what the other rewrote: keep the words.
  if (theirs.trim() === '' && original.trim() !== '') return { text: mine, conflict: true };
  if (mine.trim() === '' && original.trim() !== '') return { text: theirs, conflict: true };
  // One version holds the other whole ("(SRE)" and "(SRE) with Sam"): the longer says it all.
  const theirTokens = textTokens(theirs);
  const myTokens = textTokens(mine);
  if (holds(myTokens, theirTokens)) return { text: mine, conflict: true };
  if (holds(theirTokens, myTokens)) return { text: theirs, conflict: true };
  const parted = /\s$/u.test(theirs) || /^\s/u.test(mine);
  return { text: theirs + (parted ? '' : CONFLICT_SEPARATOR) + mine, conflict: true };
}

/** Whether `part` appears in `whole` as consecutive tokens. */
function holds(whole: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i += 1) {
    if (part.every((t, j) => whole[i + j] === t)) return true;
  }
  return false;
}

const WORD_END = /[\p{L}\p{N}\p{M}]$/u;
const WORD_START = /^[\p{L}\p{N}\p{M}]/u;

/**
 * Appends a piece of the merged text. Within each side's text words are apart; where one
 * side's change meets the other's (a word inserted right where the other deleted the space
 * before it) two words would run into one: a space keeps them apart.
 */
function append(text: string, piece: string): string {
  return WORD_END.test(text) && WORD_START.test(piece) ? `${text} ${piece}` : text + piece;
}
