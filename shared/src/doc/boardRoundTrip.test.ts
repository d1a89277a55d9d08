import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_FORMAT, type BoardFile } from '../model/boardFile';
import { rootCauseCategories, stickyKinds } from '../model/entities';
import { boardFileToBoard } from './boardFileToBoard';
import { MAX_FILE_TIME_MS, MIN_FILE_TIME_MS } from './docSchemas';
import { parseBoardFile } from './parseBoardFile';
import { readBoard } from './readBoard';
import { docToBoardFile, writeBoardToDoc } from './writeBoardToDoc';

/*
 * Property: board file → Y.Doc → (encoded update) → second Y.Doc → board file is the identity,
 * up to the documented canonical order (comms by time then id, the rest by id). Times are
 * generated in UTC with milliseconds, the form exports use; offsets are covered in
 * parseBoardFile.test.ts.
 */

const text = (max: number) => fc.string({ unit: 'binary', maxLength: max });
const id = fc.stringMatching(/^[A-Za-z0-9_:.-]{1,12}$/);
const ms = fc.integer({ min: MIN_FILE_TIME_MS, max: MAX_FILE_TIME_MS });
const iso = ms.map((t) => new Date(t).toISOString());
// -0 becomes 0 in Yjs' binary encoding; coordinates never need the sign of zero.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const positive = (max: number) => fc.double({ min: Number.MIN_VALUE, max, noNaN: true });
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const window = fc.tuple(ms, ms).map(([a, b]) => ({
  from: new Date(Math.min(a, b)).toISOString(),
  to: new Date(Math.max(a, b)).toISOString(),
}));
const date = fc
  .integer({ min: MIN_FILE_TIME_MS, max: MAX_FILE_TIME_MS })
  .map((t) => new Date(t).toISOString().slice(0, 10));

const incident = fc
  .record(
    {
      startedAt: ms,
      resolvedAt: fc.option(ms, { nil: null }),
      investigation: window,
      escalation: window,
      customerImpact: text(60),
      customerImpactImage: fc.base64String({ maxLength: 40 }).map((b) => `data:image/png;base64,${b}`),
      timeZone: text(20),
    },
    { requiredKeys: ['customerImpact'] },
  )
  .map(({ startedAt, resolvedAt, ...rest }) => {
    // The resolution cannot come before the start.
    const times =
      startedAt !== undefined && typeof resolvedAt === 'number' && resolvedAt < startedAt
        ? { startedAt: resolvedAt, resolvedAt: startedAt }
        : { startedAt, resolvedAt };
    return {
      ...rest,
      ...(times.startedAt === undefined ? {} : { startedAt: new Date(times.startedAt).toISOString() }),
      ...(times.resolvedAt === undefined
        ? {}
        : { resolvedAt: times.resolvedAt === null ? null : new Date(times.resolvedAt).toISOString() }),
    };
  });

const boardFileInput = fc
  .uniqueArray(
    fc.record(
      { id, name: text(30).filter((s) => s.trim().length > 0), color: hex },
      { requiredKeys: ['id', 'name'] },
    ),
    { selector: (c) => c.id, maxLength: 5 },
  )
  .chain((channels) =>
    fc.record({
      format: fc.constant(BOARD_FORMAT),
      title: text(40),
      incident,
      cadenceMinutes: positive(24 * 60),
      channels: fc.constant(channels),
      comms:
        channels.length === 0
          ? fc.constant([])
          : fc.uniqueArray(
              fc.record({
                id,
                channelId: fc.constantFrom(...channels.map((c) => c.id)),
                // Few distinct times, so that ties (ordered by id) are common.
                at: fc.oneof(iso, fc.constantFrom('2026-03-04T10:00:00.000Z', '2026-03-04T10:00:30.000Z')),
                sender: text(20),
                summary: text(60),
              }),
              { selector: (c) => c.id, maxLength: 12 },
            ),
      stickies: fc.uniqueArray(
        fc.record(
          {
            id,
            kind: fc.constantFrom(...stickyKinds),
            text: text(40),
            x: finite,
            y: finite,
            rootCause: text(40),
            category: fc.constantFrom(...rootCauseCategories),
            at: iso,
          },
          { requiredKeys: ['id', 'kind', 'text', 'x', 'y'] },
        ),
        { selector: (s) => s.id, maxLength: 8 },
      ),
      actions: fc.uniqueArray(
        fc.record({ id, text: text(40), owner: text(20), due: fc.oneof(fc.constant(''), date) }),
        { selector: (a) => a.id, maxLength: 4 },
      ),
      annotations: fc.uniqueArray(
        fc.record({
          id,
          kind: fc.constant('ink' as const),
          points: fc.array(fc.tuple(finite, finite), { maxLength: 6 }).map((pairs) => pairs.flat()),
          color: hex,
          width: positive(50),
          author: text(20),
        }),
        { selector: (a) => a.id, maxLength: 3 },
      ),
    }),
  );

/** The documented canonical order, written independently of sortBoard. */
function canonical(file: BoardFile): BoardFile {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...file,
    channels: byId(file.channels),
    comms: byId(file.comms).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)), // stable: ties stay by id
    stickies: byId(file.stickies),
    actions: byId(file.actions),
    annotations: byId(file.annotations),
  };
}

describe('board file round trip', () => {
  it('file → document → synced document → file is the identity up to canonical order', () => {
    fc.assert(
      fc.property(boardFileInput, (input) => {
        const parsed = parseBoardFile(input);
        if (!parsed.ok) throw new Error(`generator made an invalid file: ${parsed.error}`);
        const a = new Y.Doc();
        writeBoardToDoc(a, boardFileToBoard(parsed.file));
        const b = new Y.Doc();
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
        expect(readBoard(b).invalid).toEqual([]);
        const out = docToBoardFile(b);
        expect(out).toStrictEqual(canonical(parsed.file));
        expect(parseBoardFile(JSON.parse(JSON.stringify(out)))).toStrictEqual({ ok: true, file: out });
      }),
      { numRuns: 150 },
    );
  });
});
