import { describe, expect, it } from 'vitest';
import { boardFileToBoard } from './boardFileToBoard';
import { boardToBoardFile } from './boardToBoardFile';
import { parseBoardFile } from './parseBoardFile';

const valid = {
  format: 'gapboard/v1',
  title: 'Login outage',
  incident: { startedAt: '2026-03-04T10:00:00+02:00', resolvedAt: '2026-03-04T12:30:00+02:00' },
  channels: [{ id: 'c1', name: 'Status page' }],
  comms: [{ id: 'm1', channelId: 'c1', at: '2026-03-04T10:20:00+02:00', summary: 'Investigating' }],
};

describe('parseBoardFile', () => {
  it('accepts a valid file (object or JSON text) and applies defaults', () => {
    for (const input of [valid, JSON.stringify(valid)]) {
      const result = parseBoardFile(input);
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.file.cadenceMinutes).toBe(30);
        expect(result.file.comms[0]).toEqual({ ...valid.comms[0], sender: '' });
        expect(result.file.stickies).toEqual([]);
      }
    }
  });

  it('names the field path of every problem', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...valid, comms: [{ ...valid.comms[0], at: '10:20' }] }, /comms\[0\]\.at: expected an ISO 8601 time with offset/],
      [{ ...valid, comms: [{ ...valid.comms[0], at: '2026-03-04T10:20:00' }] }, /comms\[0\]\.at: /],
      [{ ...valid, comms: [{ ...valid.comms[0], channelId: 'c9' }] }, /comms\[0\]\.channelId: unknown channel "c9"/],
      [{ ...valid, format: 'gapboard/v2' }, /^format: expected "gapboard\/v1"/],
      [{ ...valid, channels: [{ id: 'c1', name: 'A' }, { id: 'c1', name: 'B' }] }, /channels\[1\]\.id: duplicate id "c1"/],
      [{ ...valid, incident: { ...valid.incident, resolvedAt: '2026-03-04T09:00:00+02:00' } }, /incident\.resolvedAt: the resolution cannot come before the start/],
      [{ ...valid, stickies: [{ id: 's1', kind: 'issue', x: '1', y: 0 }] }, /stickies\[0\]\.x: /],
      [{ ...valid, cadenceMinutes: 'often' }, /^cadenceMinutes: /],
      [[], /^\(root\): /],
      ['{not json', /^\(root\): not valid JSON/],
    ];
    for (const [input, message] of cases) {
      const result = parseBoardFile(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
  });

  it('lists several problems at once', () => {
    const result = parseBoardFile({ ...valid, title: 5, comms: [{ id: '', channelId: 'c1', at: 'x' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/title: /);
      expect(result.error).toMatch(/comms\[0\]\.id: an id cannot be empty/);
      expect(result.error).toMatch(/comms\[0\]\.at: /);
    }
  });

  it('lists the first 20 problems and counts the rest, however many rows are bad', () => {
    const comms = Array.from({ length: 20_000 }, (_, i) => ({ id: `m${i}`, channelId: 'c1', at: 'soon' }));
    const result = parseBoardFile({ ...valid, comms });
    if (result.ok) throw new Error('expected the file to be refused');
    const listed = result.error.split('; ');
    expect(listed).toHaveLength(21);
    expect(listed[0]).toBe('comms[0].at: expected an ISO 8601 time with offset, e.g. 2026-03-04T10:00:00Z');
    expect(listed[20]).toBe('and 19980 more problems');
    expect(result.error.length).toBeLessThan(2_000);
  });

  it('times with an offset come back as the same instant in UTC', () => {
    const result = parseBoardFile(valid);
    if (!result.ok) throw new Error(result.error);
    const out = boardToBoardFile(boardFileToBoard(result.file));
    expect(out.incident.startedAt).toBe('2026-03-04T08:00:00.000Z');
    expect(out.incident.resolvedAt).toBe('2026-03-04T10:30:00.000Z');
    expect(out.comms[0]?.at).toBe('2026-03-04T08:20:00.000Z');
  });
});
