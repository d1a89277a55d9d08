import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as Y from 'yjs';
import {
  analysisJsonSchema,
  analysisToJson,
  analyzeBoard,
  BOARD_FORMAT,
  boardFileSchema,
  boardPath,
  BoardInputError,
  boardFileToBoard,
  docToBoardFile,
  getMetaMap,
  parseBoardFile,
  readBoard,
  writeBoardToDoc,
  type BoardFile,
} from '@gapboard/shared';
import type { BoardStore } from '../boards/BoardStore';
import type { BoardRecord } from '../storage/BoardStorage';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { boardNotFound, forbidden, invalidInput } from './errorHandler';

/** Options of {@link boardRoutes}. */
export interface BoardRoutesOptions {
  boards: BoardStore;
  rooms: RoomRegistry;
  /** Board creations per minute per client IP. */
  createRatePerMinute: number;
  /** Clock for the analysis of ongoing incidents. */
  now: () => number;
}

const idParams = z.object({ id: z.string().min(1).max(128) });

/** Response of board creation; the facilitator key is shown here once and never again. */
export const createdBoardSchema = z.object({
  id: z.string(),
  facilitatorKey: z.string(),
  /** Path of the board in the SPA. */
  url: z.string(),
});

const boardMetaSchema = z.object({
  /** The address asked for: the board id, or the view token when the board was addressed by one. */
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  locked: z.boolean(),
  /** True when addressed by a read-only view token: the caller may only view. */
  readOnly: z.boolean(),
});

/** The request header that carries the facilitator key to the HTTP API (never a query: URLs get logged). */
export const FACILITATOR_KEY_HEADER = 'x-facilitator-key';

/** Errors as `{ error, message }`. */
const errorSchema = z.object({ error: z.string(), message: z.string() });

/**
 * The board API: create (from a board file or `{}`), read metadata, export, analysis, delete. The read
 * routes accept a read-only view token (`v_…`) wherever they accept a board id. Import
 * from Statuspage lives in `importRoutes.ts` and shares {@link createBoardFromFile}.
 */
export const boardRoutes: FastifyPluginAsyncZod<BoardRoutesOptions> = async (app, options) => {
  const { boards, rooms } = options;
  const rateLimit = { max: options.createRatePerMinute, timeWindow: '1 minute' };

  app.post(
    '/api/boards',
    {
      config: { rateLimit },
      schema: { body: z.unknown(), response: { 201: createdBoardSchema, 400: errorSchema } },
    },
    async (request, reply) => {
      // No body (the validator hands it on as null) or `{}`: an empty board. A JSON string is a
      // wrong type, not JSON text to parse again (parseBoardFile would take it as such).
      const body = request.body ?? {};
      if (typeof body === 'string') throw invalidInput('(root): expected a board file (a JSON object), got a string');
      const parsed = isEmptyObject(body) ? emptyBoardFile() : parseBoardFile(body);
      if (!parsed.ok) throw invalidInput(parsed.error);
      return reply.status(201).send(await createBoardFromFile(boards, parsed.file));
    },
  );

  app.get(
    '/api/boards/:id',
    { schema: { params: idParams, response: { 200: boardMetaSchema, 404: errorSchema } } },
    async (request) => {
      const { id } = request.params;
      const { boardId, record, readOnly } = await findBoard(boards, id);
      const title = await rooms.withDoc(boardId, (doc) => {
        const value = getMetaMap(doc).get('title');
        return typeof value === 'string' ? value : '';
      });
      // `id` echoes the address: a view token's holder never learns the board id.
      return { id, title, createdAt: new Date(record.createdAt).toISOString(), locked: record.locked, readOnly };
    },
  );

  // Deletes the board for good. Only the facilitator key (header) may: not the board id alone
  // (every participant has it), never a view token. Open rooms and meetings end through the
  // store's deletion listeners (see app.ts). Rate-limited like creation: it is a write.
  app.delete(
    '/api/boards/:id',
    {
      config: { rateLimit },
      schema: { params: idParams, response: { 204: z.null(), 403: errorSchema, 404: errorSchema } },
    },
    async (request, reply) => {
      const { id } = request.params;
      const header = request.headers[FACILITATOR_KEY_HEADER];
      const key = typeof header === 'string' && header.length <= 200 ? header : undefined;
      const outcome = await boards.deleteBoard(id, key);
      if (outcome === 'not-found') throw boardNotFound(id);
      if (outcome === 'forbidden') {
        throw forbidden(`only the board's facilitator can delete it: send the facilitator key in the ${FACILITATOR_KEY_HEADER} header`);
      }
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/boards/:id/export.json',
    { schema: { params: idParams, response: { 200: boardFileSchema, 404: errorSchema } } },
    async (request, reply) => {
      const { id } = request.params;
      const { boardId } = await findBoard(boards, id);
      const file = await rooms.withDoc(boardId, docToBoardFile);
      return reply
        .header('content-disposition', `attachment; filename="${exportFileName(file, id)}"`)
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.get(
    '/api/boards/:id/analysis',
    { schema: { params: idParams, response: { 200: analysisJsonSchema, 404: errorSchema } } },
    async (request, reply) => {
      const { id } = request.params;
      const { boardId } = await findBoard(boards, id);
      const now = options.now();
      const analysis = await rooms.withDoc(boardId, (doc) => {
        const { board, invalid } = readBoard(doc);
        return analysisToJson(analyzeBoard(board, { now, invalid }));
      });
      return reply.header('cache-control', 'no-store').send(analysis);
    },
  );
};

/**
 * The board behind `address` (a board id, or a read-only view token — these routes only read,
 * so a token is enough); throws the 404 when there is none.
 */
async function findBoard(boards: BoardStore, address: string): Promise<{ boardId: string; record: BoardRecord; readOnly: boolean }> {
  const resolved = await boards.resolveAddress(address);
  const record = resolved ? await boards.getRecord(resolved.boardId) : null;
  if (!resolved || !record) throw boardNotFound(address);
  return { boardId: resolved.boardId, record, readOnly: resolved.viaViewToken };
}

/**
 * Creates a board whose document holds `file` (entity ids preserved). Validation happens before
 * anything is stored, so a rejected file creates nothing.
 */
export async function createBoardFromFile(boards: BoardStore, file: BoardFile): Promise<z.infer<typeof createdBoardSchema>> {
  const doc = new Y.Doc();
  let initialState: Uint8Array;
  try {
    writeBoardToDoc(doc, boardFileToBoard(file));
    initialState = Y.encodeStateAsUpdate(doc);
  } catch (error) {
    if (error instanceof BoardInputError) throw invalidInput(error.message);
    throw error;
  } finally {
    doc.destroy();
  }
  const { record, facilitatorKey } = await boards.create(initialState);
  return { id: record.id, facilitatorKey, url: boardPath(record.id) };
}

function emptyBoardFile(): { ok: true; file: BoardFile } {
  return { ok: true, file: boardFileSchema.parse({ format: BOARD_FORMAT }) };
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** `gapboard-login-outage.json`: the title slugged, else the id. */
function exportFileName(file: BoardFile, id: string): string {
  const slug = file.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `gapboard-${slug || id}.json`;
}
