import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { typeNestingProblem } from './typeNesting';

/** The innermost of `depth` Y.Arrays nested under the top-level array `root` of `doc`. */
function nestArrays(doc: Y.Doc, depth: number): Y.Array<unknown> {
  let array = doc.getArray<unknown>('root');
  for (let i = 1; i <= depth; i++) {
    const inner = new Y.Array<unknown>();
    array.push([inner]);
    array = inner;
  }
  return array;
}

/** The innermost of the nested arrays `nestArrays` made (as received by another document). */
function innermost(doc: Y.Doc, depth: number): Y.Array<unknown> {
  let array = doc.getArray<unknown>('root');
  for (let i = 1; i <= depth; i++) array = array.get(0) as Y.Array<unknown>;
  return array;
}

/** The update `change` makes to a copy of `base`, and the server's copy of `base`. */
function updateOn(base: Y.Doc, change: (doc: Y.Doc) => void): { server: Y.Doc; update: Uint8Array } {
  const server = new Y.Doc();
  const client = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(base));
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(client);
  change(client);
  return { server, update: Y.encodeStateAsUpdate(client, before) };
}

describe('typeNestingProblem', () => {
  it('accepts the board layout and anything up to the limit, in one update', () => {
    const doc = new Y.Doc();
    doc.getMap('stickies').set('s1', new Y.Map([['text', 'hello']]));
    expect(typeNestingProblem(new Y.Doc(), Y.encodeStateAsUpdate(doc))).toBeNull();
    const deep = new Y.Doc();
    nestArrays(deep, 4);
    expect(typeNestingProblem(new Y.Doc(), Y.encodeStateAsUpdate(deep), 4)).toBeNull();
    expect(typeNestingProblem(new Y.Doc(), Y.encodeStateAsUpdate(deep), 3)).toMatch(/nested 4 deep \(at most 3;/);
  });

  it('counts the depth of the parent already in the document', () => {
    const base = new Y.Doc();
    nestArrays(base, 3);
    const { server, update } = updateOn(base, (doc) => innermost(doc, 3).push([new Y.Array()]));
    expect(typeNestingProblem(server, update, 4)).toBeNull();
    expect(typeNestingProblem(server, update, 3)).toMatch(/nested 4 deep/);
  });

  it('follows siblings: a type inserted next to an existing item sits at that item\'s depth', () => {
    const base = new Y.Doc();
    nestArrays(base, 3).push(['a', 'b']);
    // Inserted between a and b: encoded with an origin, without a parent.
    const { server, update } = updateOn(base, (doc) => innermost(doc, 3).insert(1, [new Y.Map()]));
    expect(typeNestingProblem(server, update, 4)).toBeNull();
    expect(typeNestingProblem(server, update, 3)).toMatch(/nested 4 deep/);
  });

  it('handles a long chain of siblings without recursing', () => {
    const doc = new Y.Doc();
    const root = doc.getArray<unknown>('root');
    root.push(Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? new Y.Map() : 'x')));
    expect(typeNestingProblem(new Y.Doc(), Y.encodeStateAsUpdate(doc))).toBeNull();
  });

  it('throws on bytes that are not an update', () => {
    expect(() => typeNestingProblem(new Y.Doc(), Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8))).toThrow();
  });
});
