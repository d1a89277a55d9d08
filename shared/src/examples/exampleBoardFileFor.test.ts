import { describe, expect, it } from 'vitest';
import { parseBoardFile } from '../doc/parseBoardFile';
import { exampleBoardFile } from './exampleBoardFile';
import { exampleBoardFileFor } from './exampleBoardFileFor';

describe('exampleBoardFileFor', () => {
  it.each([
    ['2026-11-28', ['2026-12-05', '2026-12-12']],
    ['2026-12-28', ['2027-01-04', '2027-01-11']],
    ['2028-02-22', ['2028-02-29', '2028-03-07']],
    // A DST change in between (Europe: 29 March 2026) moves no date.
    ['2026-03-25', ['2026-04-01', '2026-04-08']],
  ])('opened on %s, the actions are due a week and two weeks later: %j', (today, dues) => {
    expect(exampleBoardFileFor(today).actions.map((a) => a.due)).toEqual(dues);
  });

  it('keeps everything else of the example, incident included, and leaves the fixture alone', () => {
    const before = structuredClone(exampleBoardFile);
    const file = exampleBoardFileFor('2026-11-28');
    expect({ ...file, actions: file.actions.map(({ due: _due, ...rest }) => rest) }).toEqual({
      ...exampleBoardFile,
      actions: exampleBoardFile.actions.map(({ due: _due, ...rest }) => rest),
    });
    expect(exampleBoardFile).toEqual(before);
    const parsed = parseBoardFile(JSON.parse(JSON.stringify(file)));
    expect(parsed.ok).toBe(true);
  });

  it("falls back to the fixture's dates for an unreadable day", () => {
    expect(exampleBoardFileFor('tomorrow').actions.map((a) => a.due)).toEqual(exampleBoardFile.actions.map((a) => a.due));
  });
});
