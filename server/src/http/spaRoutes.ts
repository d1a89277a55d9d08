import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { parseBoardPath } from '@gapboard/shared';

/** Options of {@link spaRoutes}. */
export interface SpaRoutesOptions {
  /** Directory of the built client (`client/dist`). */
  staticDir: string;
}

/** Paths owned by the API and the live transports: never answered with the SPA. */
const apiPrefixes = ['/api/', '/yjs/', '/socket.io/', '/healthz'];

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Gapboard</title></head>
<body><h1>Gapboard</h1><p>The web client is not built yet. Run <code>pnpm build</code> at the repository root, then restart the server.</p></body></html>`;

/**
 * Serves the built SPA: its files as they are, and `index.html` for every other GET that is not
 * an API path (client-side routes), `board.html` (same app, board chunks preloaded) for board
 * pages `/b/:id` and `/v/:token` (`parseBoardPath`). API paths get a JSON 404. When the client
 * is not built, a plain page says how to build it.
 */
const plugin: FastifyPluginAsync<SpaRoutesOptions> = async (app, options) => {
  const indexFile = join(options.staticDir, 'index.html');
  const built = existsSync(indexFile);
  // The client build's board.html also preloads the board page's chunks (older builds lack it).
  const boardPage = existsSync(join(options.staticDir, 'board.html')) ? 'board.html' : 'index.html';
  if (built) {
    await app.register(fastifyStatic, {
      root: options.staticDir,
      wildcard: true,
      index: ['index.html'],
      // The client build writes .br and .gz beside its text files: send what the browser accepts.
      preCompressed: true,
      // Vite names assets by content hash: they never change; index.html must be revalidated.
      setHeaders(reply, path) {
        reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn({ staticDir: options.staticDir }, 'client build not found; serving a placeholder page');
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPageRequest =
      (request.method === 'GET' || request.method === 'HEAD') && !apiPrefixes.some((p) => path.startsWith(p));
    if (!isPageRequest) {
      return reply.status(404).send({ error: 'not-found', message: `no route ${request.method} ${path}` });
    }
    if (!built) return reply.status(200).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    // The client's router reads board paths by the same rule: board.html goes to board pages only.
    const page = parseBoardPath(path) ? boardPage : 'index.html';
    return reply.header('cache-control', 'no-cache').sendFile(page);
  });
};

/** Registered at the root (fastify-plugin) because the not-found handler serves the whole app. */
export const spaRoutes = fp(plugin, { name: 'gapboard-spa', fastify: '5.x' });
