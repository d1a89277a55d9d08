import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { extractStatuspageIncident, statuspageToBoardFile } from '@gapboard/shared';
import type { BoardStore } from '../boards/BoardStore';
import { createBoardFromFile, createdBoardSchema } from './boardRoutes';
import { invalidInput } from './errorHandler';

/** Options of {@link importRoutes}. */
export interface ImportRoutesOptions {
  boards: BoardStore;
  /** Board creations per minute per client IP. */
  createRatePerMinute: number;
}

/**
 * `POST /api/boards/import/statuspage`: one incident in Atlassian Statuspage's public API shape
 * (bare, `{incident}` or `{incidents:[…]}`) becomes a board: the incident window, a "Status
 * page" channel and one comm per update.
 */
export const importRoutes: FastifyPluginAsyncZod<ImportRoutesOptions> = async (app, options) => {
  app.post(
    '/api/boards/import/statuspage',
    {
      config: { rateLimit: { max: options.createRatePerMinute, timeWindow: '1 minute' } },
      schema: { body: z.unknown(), response: { 201: createdBoardSchema } },
    },
    async (request, reply) => {
      const extracted = extractStatuspageIncident(request.body);
      if (!extracted.ok) throw invalidInput(extracted.error);
      return reply.status(201).send(await createBoardFromFile(options.boards, statuspageToBoardFile(extracted.incident, extracted.timeZone)));
    },
  );
};
