import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardFileToBoard } from '../doc/boardFileToBoard';
import { parseBoardFile } from '../doc/parseBoardFile';
import { readBoard } from '../doc/readBoard';
import { writeBoardToDoc } from '../doc/writeBoardToDoc';
import { exampleBoardFile } from './exampleBoardFile';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describe('exampleBoardFile', () => {
  it('is a valid board file with nothing left to defaults', () => {
    const result = parseBoardFile(JSON.parse(JSON.stringify(exampleBoardFile)));
    if (!result.ok) throw new Error(result.error);
    expect(result.file).toStrictEqual(exampleBoardFile);
  });

  it('loads into a document without invalid entries', () => {
    const doc = new Y.Doc();
    writeBoardToDoc(doc, boardFileToBoard(exampleBoardFile));
    const { board, invalid } = readBoard(doc);
    expect(invalid).toEqual([]);
    expect(board.comms).toHaveLength(exampleBoardFile.comms.length);
    expect(board.stickies).toHaveLength(exampleBoardFile.stickies.length);
  });

  it('has what the exercise needs to show: a long silence, multi-channel sends, causes, owned actions', () => {
    const board = boardFileToBoard(exampleBoardFile);
    const start = board.meta.startedAt ?? Number.NaN;
    const end = board.meta.resolvedAt ?? Number.NaN;
    expect(end - start).toBeGreaterThanOrEqual(3.5 * HOUR);
    expect(end - start).toBeLessThanOrEqual(5 * HOUR);
    expect(board.meta.investigation).toBeDefined();
    expect(board.meta.escalation).toBeDefined();
    expect(board.meta.customerImpact.length).toBeGreaterThan(50);
    expect(board.channels.map((c) => c.name)).toEqual(['Status page', 'Twitter/X', 'Service desk', 'Email']);

    const times = board.comms.map((c) => c.at).sort((a, b) => a - b);
    expect(times.every((t) => t >= start && t <= end)).toBe(true);
    // The longest silence between consecutive comms (or from the start).
    let silenceFrom = start;
    let silenceTo = start;
    [start, ...times].forEach((t, i, all) => {
      const next = all[i + 1];
      if (next !== undefined && next - t > silenceTo - silenceFrom) [silenceFrom, silenceTo] = [t, next];
    });
    expect(silenceTo - silenceFrom).toBeGreaterThanOrEqual(2 * HOUR);
    // The same news on several channels within a minute, at least twice.
    const bursts = times.filter((t, i) => i > 0 && t - (times[i - 1] ?? 0) < MINUTE).length;
    expect(bursts).toBeGreaterThanOrEqual(2);

    const issues = board.stickies.filter((s) => s.kind === 'issue');
    expect(issues.length).toBeGreaterThanOrEqual(3);
    expect(new Set(issues.map((s) => s.category)).size).toBe(issues.length);
    for (const s of issues) {
      expect(s.rootCause).toBeTruthy();
      expect(s.at).toBeGreaterThan(silenceFrom);
      expect(s.at).toBeLessThan(silenceTo);
    }
    expect(board.stickies.some((s) => s.kind === 'root-cause')).toBe(true);
    expect(board.stickies.some((s) => s.kind === 'note')).toBe(true);
    expect(board.actions).toHaveLength(2);
    for (const a of board.actions) {
      expect(a.owner).not.toBe('');
      expect(a.due).toMatch(/^2026-\d\d-\d\d$/);
    }
  });
});
