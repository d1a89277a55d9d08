import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../boards/secrets';
import { startTestServer, type TestServer } from '../testing/testServer.testHelper';

const boardFile = {
  format: 'gapboard/v1',
  title: 'Login outage',
  incident: {
    startedAt: '2026-03-04T10:00:00Z',
    resolvedAt: '2026-03-04T12:00:00Z',
    customerImpact: 'Customers could not log in',
  },
  cadenceMinutes: 30,
  channels: [{ id: 'c1', name: 'Status page' }],
  comms: [
    { id: 'm1', channelId: 'c1', at: '2026-03-04T10:10:00Z', sender: 'Ana', summary: 'Investigating' },
    { id: 'm2', channelId: 'c1', at: '2026-03-04T11:30:00Z', sender: 'Ana', summary: 'Fix deployed' },
  ],
  stickies: [{ id: 's1', kind: 'issue', text: 'Nobody owned comms', x: 10, y: 20, category: 'no-owner' }],
  actions: [{ id: 'a1', text: 'Name a comms lead', owner: 'Bo', due: '2026-12-01' }],
  annotations: [],
};

describe('board HTTP API', () => {
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.httpUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const get = (path: string) => fetch(`${server.httpUrl}${path}`);
  const boardCount = () => server.app.gapboard.storage.list().then((ids) => ids.length);

  it('creates an empty board from {} and describes it without any secret', async () => {
    server = await startTestServer();
    const res = await post('/api/boards', {});
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; facilitatorKey: string; url: string };
    expect(created.id.length).toBeGreaterThanOrEqual(21);
    expect(created.facilitatorKey.length).toBeGreaterThanOrEqual(43);
    expect(created.url).toBe(`/b/${created.id}`);

    const meta = await get(`/api/boards/${created.id}`);
    expect(meta.status).toBe(200);
    const body = (await meta.json()) as Record<string, unknown>;
    expect(body).toEqual({ id: created.id, title: '', createdAt: expect.any(String), locked: false, readOnly: false });
    expect(JSON.stringify(body)).not.toContain(created.facilitatorKey);

    const record = await server.app.gapboard.storage.getRecord(created.id);
    expect(record?.facilitatorKeyHash).toBe(hashSecret(created.facilitatorKey));
    expect(record?.facilitatorKeyHash).not.toContain(created.facilitatorKey);
  });

  it('gives two boards different ids and keys', async () => {
    server = await startTestServer();
    const a = await server.createBoard();
    const b = await server.createBoard();
    expect(a.id).not.toBe(b.id);
    expect(a.facilitatorKey).not.toBe(b.facilitatorKey);
  });

  it('imports a board file and exports it back unchanged, ids preserved', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard(boardFile);
    const res = await get(`/api/boards/${id}/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="gapboard-login-outage.json"');
    const exported = (await res.json()) as typeof boardFile;
    expect(exported.comms.map((c) => c.id)).toEqual(['m1', 'm2']);
    expect(exported.stickies[0]).toMatchObject({ id: 's1', text: 'Nobody owned comms', category: 'no-owner' });
    expect(Date.parse(exported.incident.startedAt)).toBe(Date.parse(boardFile.incident.startedAt));

    const again = await server.createBoard(exported);
    const reExported = await (await get(`/api/boards/${again.id}/export.json`)).json();
    expect(reExported).toEqual(exported);
    expect((await (await get(`/api/boards/${id}`)).json()) as { title: string }).toMatchObject({ title: 'Login outage' });
  });

  it('computes the analysis from the board', async () => {
    server = await startTestServer();
    const { id } = await server.createBoard(boardFile);
    const res = await get(`/api/boards/${id}/analysis`);
    expect(res.status).toBe(200);
    const analysis = (await res.json()) as {
      gaps: { minutes: number; rank: number; from: string }[];
      stats: { updateCount: number; timeToFirstUpdateMinutes: number };
      ongoing: boolean;
    };
    expect(analysis.ongoing).toBe(false);
    expect(analysis.stats.updateCount).toBe(2);
    expect(analysis.stats.timeToFirstUpdateMinutes).toBe(10);
    // 10:10 → 11:30 is the only interval over the 30-minute cadence.
    expect(analysis.gaps).toEqual([expect.objectContaining({ rank: 1, minutes: 80, from: '2026-03-04T10:10:00.000Z' })]);
  });

  it('imports a Statuspage incident as a board with one comm per update', async () => {
    server = await startTestServer();
    const incident = {
      name: 'Elevated error rates',
      created_at: '2026-03-04T10:00:00.000Z',
      started_at: '2026-03-04T09:55:00.000Z',
      resolved_at: '2026-03-04T11:00:00.000Z',
      incident_updates: [
        { status: 'investigating', body: 'We are looking into it', created_at: '2026-03-04T10:05:00.000Z', display_at: '2026-03-04T10:05:00.000Z' },
        { status: 'resolved', body: 'Fixed', created_at: '2026-03-04T11:00:00.000Z', display_at: '2026-03-04T11:00:00.000Z' },
      ],
    };
    const res = await post('/api/boards/import/statuspage', { page: { id: 'p1', time_zone: 'America/New_York' }, incidents: [incident] });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const exported = (await (await get(`/api/boards/${id}/export.json`)).json()) as typeof boardFile;
    expect(exported.title).toBe('Elevated error rates');
    expect((exported.incident as { timeZone?: string }).timeZone).toBe('America/New_York'); // the status page's own zone
    expect(exported.channels).toHaveLength(1);
    expect(exported.comms).toHaveLength(2);
    expect(Date.parse(exported.incident.startedAt)).toBe(Date.parse('2026-03-04T09:55:00Z'));
  });

  it.each([
    ['a wrong format', { ...boardFile, format: 'other/v9' }, 'format'],
    ['a time without offset', { ...boardFile, comms: [{ ...boardFile.comms[0], at: '2026-03-04 10:10' }] }, 'comms[0].at'],
    ['a comm on an unknown channel', { ...boardFile, comms: [{ ...boardFile.comms[0], channelId: 'nope' }] }, 'comms[0].channelId'],
    ['a resolution before the start', { ...boardFile, incident: { ...boardFile.incident, resolvedAt: '2026-03-04T09:00:00Z' } }, 'incident.resolvedAt'],
    ['a wrong type', { ...boardFile, cadenceMinutes: 'thirty' }, 'cadenceMinutes'],
    ['an array', [1, 2, 3], '(root)'],
    ['a duplicate id', { ...boardFile, comms: [boardFile.comms[0], boardFile.comms[0]] }, 'comms[1].id'],
    ['a time an offset moves before the year 0000', { ...boardFile, incident: { startedAt: '0000-01-01T00:30:00+01:00' } }, 'incident.startedAt: expected a time between the years 0000 and 9999 in UTC'],
    ['a JSON string', JSON.stringify(JSON.stringify(boardFile)), '(root): expected a board file (a JSON object), got a string'],
  ])('rejects a board file with %s: 400 naming the field, nothing created', async (_name, body, field) => {
    server = await startTestServer();
    const res = await post('/api/boards', body);
    expect(res.status).toBe(400);
    const error = (await res.json()) as { error: string; message: string };
    expect(error.error).toBe('invalid-input');
    expect(error.message).toContain(field);
    expect(await boardCount()).toBe(0);
  });

  it('rejects invalid JSON with 400 and a clear message', async () => {
    server = await startTestServer();
    const res = await post('/api/boards', '{"format": "gapboard/v1",');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('invalid-json');
    expect(body.message).toMatch(/^body is not valid JSON: .*(JSON|position)/);
    expect(await boardCount()).toBe(0);
  });

  it('treats an empty JSON body like {} and drops __proto__ keys', async () => {
    server = await startTestServer();
    const empty = await fetch(`${server.httpUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(empty.status).toBe(201);
    const polluted = await post('/api/boards', '{"__proto__": {"isAdmin": true}}');
    expect(polluted.status).toBe(201);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a JSON null body with 400 instead of creating an empty board', async () => {
    server = await startTestServer();
    const res = await post('/api/boards', 'null');
    expect(res.status).toBe(400);
    expect((await res.json()) as { error: string; message: string }).toMatchObject({ error: 'invalid-input', message: '(root): expected a JSON object, got null' });
    expect(await boardCount()).toBe(0);
  });

  it('reads a text/plain body as JSON, like application/json', async () => {
    server = await startTestServer();
    const text = { 'content-type': 'text/plain' };
    expect((await post('/api/boards', '{}', text)).status).toBe(201);
    const file = await post('/api/boards', JSON.stringify(boardFile), text);
    expect(file.status).toBe(201);
    const { id } = (await file.json()) as { id: string };
    expect(((await (await get(`/api/boards/${id}`)).json()) as { title: string }).title).toBe('Login outage');
    const broken = await post('/api/boards', '{"format":', text);
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toBe('invalid-json');
    expect(await boardCount()).toBe(2);
  });

  it('answers a URL with broken percent-encoding with 400 and the usual error body', async () => {
    server = await startTestServer();
    for (const path of ['/api/boards/%FF%FE', '/api/boards/%E0%A4%A/export.json']) {
      const res = await get(path);
      expect(res.status).toBe(400);
      const body = (await res.json()) as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['error', 'message']);
      expect(body.error).toBe('bad-request');
      expect(body.message).toMatch(/is not a valid url component \(check the percent-encoding of the URL\)$/);
    }
  });

  it('keeps the message of a file with thousands of bad rows short', async () => {
    server = await startTestServer();
    const comms = Array.from({ length: 20_000 }, (_, i) => ({ id: `m${i}`, channelId: 'c1', at: 'soon' }));
    const res = await post('/api/boards', { ...boardFile, comms });
    expect(res.status).toBe(400);
    const { message } = (await res.json()) as { message: string };
    expect(message.length).toBeLessThan(2_000);
    expect(message).toMatch(/; and 19980 more problems$/);
  });

  it('rejects a bad Statuspage incident with 400 naming the field', async () => {
    server = await startTestServer();
    const res = await post('/api/boards/import/statuspage', { name: 'x', created_at: 'yesterday', incident_updates: [] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('created_at');
    expect(await boardCount()).toBe(0);
  });

  it('rejects a body over the limit with 413 and a JSON message', async () => {
    server = await startTestServer({ MAX_BODY_BYTES: 10_000 });
    const res = await post('/api/boards', { ...boardFile, title: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'too-large', message: 'request body is larger than the limit of 10000 bytes' });
    expect(await boardCount()).toBe(0);
  });

  it('rejects a body that is not JSON with 415', async () => {
    server = await startTestServer();
    const res = await post('/api/boards', 'title=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: string }).error).toBe('unsupported-media-type');
  });

  it('answers 404 with a message for unknown boards and API routes', async () => {
    server = await startTestServer();
    for (const path of ['/api/boards/nosuchboardxxxxxxxxxxxx', '/api/boards/nosuchboardxxxxxxxxxxxx/export.json', '/api/boards/nosuchboardxxxxxxxxxxxx/analysis']) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'not-found', message: 'board not found: nosuchboardxxxxxxxxxxxx' });
    }
    const route = await get('/api/nothing-here');
    expect(route.status).toBe(404);
    expect(((await route.json()) as { error: string }).error).toBe('not-found');
  });

  it('limits board creation per client with 429 and a JSON message', async () => {
    server = await startTestServer({ CREATE_RATE_PER_MINUTE: 2 });
    expect((await post('/api/boards', {})).status).toBe(201);
    expect((await post('/api/boards', {})).status).toBe(201);
    const limited = await post('/api/boards', {});
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: string }).error).toBe('rate-limited');
    expect(await boardCount()).toBe(2);
  });

  it('reports health and metrics', async () => {
    server = await startTestServer();
    expect(await (await get('/healthz')).json()).toEqual({ ok: true });
    await post('/api/boards', []);
    const metrics = (await (await get('/api/metrics')).json()) as Record<string, unknown>;
    expect(metrics).toMatchObject({ invalidPayloads: 1, invalidFrames: 0, rooms: 0, connections: 0 });
  });

  it('sends security headers with a CSP the SPA works under', async () => {
    server = await startTestServer();
    const csp = (await get('/healthz')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  });
});
