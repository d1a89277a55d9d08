import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BoardStorage } from '../storage/BoardStorage';

/** Options of {@link healthRoutes}. */
export interface HealthRoutesOptions {
  storage: BoardStorage;
  /** All counters and gauges for `/api/metrics`. */
  metrics: () => Record<string, unknown>;
}

/** `GET /healthz` (200 once storage answers, else 503) and `GET /api/metrics`. */
export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, options) => {
  app.get(
    '/healthz',
    { logLevel: 'warn', schema: { response: { 200: z.object({ ok: z.literal(true) }), 503: z.object({ ok: z.literal(false), message: z.string() }) } } },
    async (_request, reply) => {
      try {
        await options.storage.ping();
        return reply.header('cache-control', 'no-store').send({ ok: true as const });
      } catch {
        return reply.status(503).send({ ok: false as const, message: 'storage is not reachable' });
      }
    },
  );

  app.get('/api/metrics', async (_request, reply) => reply.header('cache-control', 'no-store').send(options.metrics()));
};
