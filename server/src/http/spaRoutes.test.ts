import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/testServer.testHelper';

describe('SPA serving', () => {
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
  });

  function fakeClientBuild(): string {
    const dir = mkdtempSync(join(tmpdir(), 'gapboard-spa-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Gapboard SPA</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("app")');
    return dir;
  }

  it('serves index.html at / and /b/:id, assets as files, and JSON 404s for API paths', async () => {
    server = await startTestServer({ STATIC_DIR: fakeClientBuild() });
    const home = await fetch(`${server.httpUrl}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Gapboard SPA');

    const board = await fetch(`${server.httpUrl}/b/someboardid123456789012?view=secret`);
    expect(board.status).toBe(200);
    expect(board.headers.get('content-type')).toContain('text/html');
    expect(await board.text()).toContain('Gapboard SPA');

    const asset = await fetch(`${server.httpUrl}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toContain('console.log');

    const api = await fetch(`${server.httpUrl}/api/unknown`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/json');
  });

  it('serves board.html, when the build has it, for board pages only', async () => {
    const dir = fakeClientBuild();
    writeFileSync(join(dir, 'board.html'), '<!doctype html><title>Gapboard board page</title>');
    server = await startTestServer({ STATIC_DIR: dir });
    for (const path of ['/b/someboardid123456789012', '/v/someviewtoken1234567890?x=1', '/b/someboardid123456789012/']) {
      const res = await fetch(`${server.httpUrl}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('Gapboard board page');
    }
    // Paths the client's router reads as not found get the plain page: no board chunks for them.
    for (const path of ['/', '/elsewhere', '/bx/1', '/b/short', '/b/someboardid123456789012/extra', '/v/']) {
      expect(await (await fetch(`${server.httpUrl}${path}`)).text()).toContain('Gapboard SPA');
    }
  });

  it('sends the precompressed variant the browser accepts, for assets and pages alike', async () => {
    const dir = fakeClientBuild();
    const script = 'console.log("app");\n'.repeat(200);
    writeFileSync(join(dir, 'assets', 'app.js'), script);
    writeFileSync(join(dir, 'assets', 'app.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'app.js.gz'), gzipSync(script));
    const page = '<!doctype html><title>Gapboard board page</title>' + ' '.repeat(2000);
    writeFileSync(join(dir, 'board.html'), page);
    writeFileSync(join(dir, 'board.html.gz'), gzipSync(page));
    server = await startTestServer({ STATIC_DIR: dir });
    const get = (path: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        httpGet(`${server.httpUrl}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });

    const br = await get('/assets/app.js', 'gzip, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const gz = await get('/assets/app.js', 'gzip');
    expect(gz.encoding).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await get('/assets/app.js', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    const board = await get('/b/someboardid123456789012', 'gzip, br');
    expect(board.encoding).toBe('gzip'); // no .br of it in this build: the next best
    expect(gunzipSync(board.body).toString()).toBe(page);
  });

  it('explains how to build the client when it is missing', async () => {
    server = await startTestServer({ STATIC_DIR: join(tmpdir(), 'definitely-not-a-client-build') });
    const res = await fetch(`${server.httpUrl}/b/anything`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('pnpm build');
  });
});
