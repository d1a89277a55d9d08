import { describe, expect, it } from 'vitest';
import type { Channel, Comm } from '../model/entities';
import type { WarningCode } from './analysisTypes';
import { classifyComms } from './classifyComms';

const channels: Channel[] = [{ id: 'status', name: 'Status page' }];
const comm = (id: string, at: number, channelId = 'status'): Comm => ({ id, channelId, at, sender: '', summary: '' });

describe('classifyComms', () => {
  const cases: Array<{
    name: string;
    comms: Comm[];
    bounds: { from: number; to: number; ongoing: boolean };
    inWindow: string[];
    warnings: Array<[WarningCode, string]>;
  }> = [
    { name: 'nothing', comms: [], bounds: { from: 0, to: 10, ongoing: false }, inWindow: [], warnings: [] },
    {
      name: 'both ends are included',
      comms: [comm('a', 0), comm('b', 10)],
      bounds: { from: 0, to: 10, ongoing: false },
      inWindow: ['a', 'b'],
      warnings: [],
    },
    {
      name: 'before and after, warnings in time order',
      comms: [comm('late', 11), comm('ok', 5), comm('early', -1)],
      bounds: { from: 0, to: 10, ongoing: false },
      inWindow: ['ok'],
      warnings: [
        ['comm-before-start', 'early'],
        ['comm-after-resolution', 'late'],
      ],
    },
    {
      name: 'unknown channel: counted and warned',
      comms: [comm('a', 5, 'fax')],
      bounds: { from: 0, to: 10, ongoing: false },
      inWindow: ['a'],
      warnings: [['comm-unknown-channel', 'a']],
    },
    {
      name: 'unknown channel and outside: both warnings, not counted',
      comms: [comm('a', 50, 'fax')],
      bounds: { from: 0, to: 10, ongoing: false },
      inWindow: [],
      warnings: [
        ['comm-unknown-channel', 'a'],
        ['comm-after-resolution', 'a'],
      ],
    },
    {
      name: 'no start: nothing is too early',
      comms: [comm('a', -1e12)],
      bounds: { from: Number.NEGATIVE_INFINITY, to: 10, ongoing: true },
      inWindow: ['a'],
      warnings: [],
    },
    {
      name: 'a non-finite time is an invalid entry',
      comms: [comm('a', Number.NaN), comm('b', Number.POSITIVE_INFINITY)],
      bounds: { from: 0, to: 10, ongoing: false },
      inWindow: [],
      warnings: [
        ['invalid-entry', 'a'],
        ['invalid-entry', 'b'],
      ],
    },
  ];

  it.each(cases)('$name', ({ comms, bounds, inWindow, warnings }) => {
    const result = classifyComms(comms, channels, bounds);
    expect(result.inWindow.map((c) => c.id)).toEqual(inWindow);
    expect(result.warnings.map((w) => [w.code, w.id])).toEqual(warnings);
  });

  it('says "after now" while the incident is ongoing', () => {
    const [warning] = classifyComms([comm('a', 20)], channels, { from: 0, to: 10, ongoing: true }).warnings;
    expect(warning?.message).toMatch(/after now/);
    const [resolved] = classifyComms([comm('a', 20)], channels, { from: 0, to: 10, ongoing: false }).warnings;
    expect(resolved?.message).toMatch(/after the resolution/);
  });
});
