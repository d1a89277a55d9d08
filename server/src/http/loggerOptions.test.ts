import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { connectPeer, startTestServer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
import { redactUrl } from './loggerOptions';

describe('redactUrl', () => {
  it.each([
    ['/yjs/abc?key=SECRET', '/yjs/abc?key=[redacted]'],
    ['/yjs/abc?readToken=SECRET&x=1', '/yjs/abc?readToken=[redacted]&x=1'],
    ['/b/abc?view=SECRET', '/b/abc?view=[redacted]'],
    ['/api/boards/abc', '/api/boards/abc'],
    [`/v/v_${'A'.repeat(43)}`, '/v/v_[redacted]'],
    [`/yjs/v_${'B'.repeat(43)}?x=1`, '/yjs/v_[redacted]?x=1'],
    [`/api/boards/v_${'C'.repeat(43)}/export.json`, '/api/boards/v_[redacted]/export.json'],
  ])('%s → %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});

describe('logs', () => {
  let server: TestServer;
  let peer: TestPeer | undefined;
  afterEach(async () => {
    peer?.destroy();
    await server?.close();
  });

  it('never contain a facilitator key or read token', async () => {
    const lines: string[] = [];
    server = await startTestServer({ LOG_LEVEL: 'trace' }, { logStream: { write: (line) => lines.push(line) } });
    const { id, facilitatorKey } = await server.createBoard({});
    const readToken = await server.app.gapboard.boards.mintReadToken(id);
    peer = connectPeer(server.yjsUrl, id, { key: facilitatorKey });
    await peer.synced;
    const viewer = connectPeer(server.yjsUrl, id, { readToken });
    await viewer.synced;
    viewer.destroy();
    await fetch(`${server.httpUrl}/b/${id}?view=${readToken}`);
    const byToken = connectPeer(server.yjsUrl, readToken);
    await byToken.synced;
    byToken.destroy();
    await fetch(`${server.httpUrl}/v/${readToken}`);
    await fetch(`${server.httpUrl}/api/boards/${readToken}`);
    const socket = io(server.httpUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    await socket.emitWithAck('join', { boardId: id, name: 'Fac', color: '#112233', key: facilitatorKey });
    socket.disconnect();
    await waitFor(() => lines.some((l) => l.includes('/yjs/')), 'a logged Yjs request');
    const all = lines.join('\n');
    expect(all).toContain(id);
    expect(all).not.toContain(facilitatorKey);
    expect(all).not.toContain(readToken);
  });
});
