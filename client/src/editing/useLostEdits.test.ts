import { describe, expect, it } from 'vitest';
import { withLostEdits, type LostEdit } from './useLostEdits';

const lost = (id: string, index: number): LostEdit<{ id: string }, string> => ({ entry: { id }, index, edits: { text: `typed in ${id}` } });
const order = (rows: ReturnType<typeof withLostEdits<{ id: string }, string>>) => rows.map((r) => ('lost' in r ? `lost:${r.lost.entry.id}` : r.entry.id));

describe('withLostEdits', () => {
  it('puts each notice where its entry was, however many went', () => {
    // [a, b, c, d] lost a and c.
    expect(order(withLostEdits([{ id: 'b' }, { id: 'd' }], [lost('c', 2), lost('a', 0)]))).toEqual(['lost:a', 'b', 'lost:c', 'd']);
  });

  it('puts a notice at the end when the list has since grown shorter than its place', () => {
    expect(order(withLostEdits([{ id: 'a' }], [lost('z', 5)]))).toEqual(['a', 'lost:z']);
    expect(order(withLostEdits([], [lost('z', 0)]))).toEqual(['lost:z']);
  });
});
