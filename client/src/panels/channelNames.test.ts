import { describe, expect, it } from 'vitest';
import { channelNameProblem } from './channelNames';

const channels = [
  { id: 'c1', name: 'Status page' },
  { id: 'c2', name: 'Email' },
];

describe('channelNameProblem', () => {
  it.each([
    ['Status page', undefined, 'there is already a channel named "Status page"'],
    ['  status PAGE ', undefined, 'there is already a channel named "Status page"'],
    ['email', 'c1', 'there is already a channel named "Email"'],
    ['   ', undefined, 'a channel needs a name'],
  ] as const)('refuses %j (renaming %s)', (name, selfId, problem) => {
    expect(channelNameProblem(name, channels, selfId)).toBe(problem);
  });

  it.each([
    ['Twitter', undefined],
    ['Status pages', undefined],
    ['status page', 'c1'],
  ] as const)('accepts %j (renaming %s)', (name, selfId) => {
    expect(channelNameProblem(name, channels, selfId)).toBeNull();
  });
});
