import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectPeer, startTestServer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';

describe('Yjs sync over /yjs/:boardId with stock WebsocketProvider clients', () => {
  let server: TestServer;
  const peers: TestPeer[] = [];
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await server?.close();
  });
  const peer = (boardId: string, params: Record<string, string> = {}) => {
    const p = connectPeer(server.yjsUrl, boardId, params);
    peers.push(p);
    return p;
  };

  it('two providers converge, and a late joiner gets the full state', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard({});
    const a = peer(id);
    const b = peer(id);
    await Promise.all([a.synced, b.synced]);
    a.doc.getMap('meta').set('title', 'From A');
    b.doc.getMap('stickies').set('s1', new Y.Map([['text', 'from B']]));
    await waitFor(
      () => b.doc.getMap('meta').get('title') === 'From A' && a.doc.getMap('stickies').has('s1'),
      'both edits on both peers',
    );
    expect(a.doc.getMap('stickies').toJSON()).toEqual(b.doc.getMap('stickies').toJSON());

    const late = peer(id);
    await late.synced;
    await waitFor(() => late.doc.getMap('stickies').has('s1'), 'late joiner state');
    expect(late.doc.getMap('meta').get('title')).toBe('From A');
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
  });
});
