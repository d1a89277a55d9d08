import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sticky } from '../model/entities';
import { groupRootCauses, normalizeRootCause } from './rootCauseGroups';
import { rootCauseOfSticky, suggestIssueFor, unlinkedRootCauseStickies } from './rootCauseStickies';

const issue = (id: string, patch: Partial<Sticky> = {}): Sticky => ({ id, kind: 'issue', text: `issue ${id}`, x: 0, y: 0, ...patch });
const cause = (id: string, text: string, patch: Partial<Sticky> = {}): Sticky => ({ id, kind: 'root-cause', text, x: 0, y: 0, ...patch });
const ids = (stickies: readonly Sticky[]) => stickies.map((s) => s.id);

describe('unlinkedRootCauseStickies', () => {
  it.each<[string, Sticky[], string[]]>([
    ['no stickies', [], []],
    ['a root-cause sticky and no issues', [cause('r1', 'Nobody owned comms')], ['r1']],
    ['an issue without a root cause', [issue('i1'), cause('r1', 'Nobody owned comms')], ['r1']],
    ['an issue with another root cause', [issue('i1', { rootCause: 'No template' }), cause('r1', 'Nobody owned comms')], ['r1']],
    ['an issue with the same words', [issue('i1', { rootCause: 'Nobody owned comms' }), cause('r1', 'Nobody owned comms')], []],
    ['case and spacing ignored', [issue('i1', { rootCause: ' nobody OWNED  comms' }), cause('r1', 'Nobody owned\ncomms ')], []],
    ['only the words count, not a part of them', [issue('i1', { rootCause: 'Nobody owned comms, nor the status page' }), cause('r1', 'Nobody owned comms')], ['r1']],
    ['a note carrying the words does not use it', [{ ...cause('n1', 'n'), kind: 'note', rootCause: 'Nobody owned comms' }, cause('r1', 'Nobody owned comms')], ['r1']],
    ['blank root-cause stickies are left out', [cause('r1', ''), cause('r2', ' \n ')], []],
    ['issues, notes and actions are not root-cause stickies', [issue('i1'), { ...cause('n1', 'x'), kind: 'note' }, { ...cause('a1', 'x'), kind: 'action' }], []],
    [
      'one issue uses every sticky with its words; the rest stay, in board order',
      [cause('r3', 'No template'), cause('r1', 'Nobody owned comms'), issue('i1', { rootCause: 'nobody owned comms' }), cause('r2', 'NOBODY OWNED COMMS')],
      ['r3'],
    ],
  ])('%s', (_name, stickies, expected) => {
    expect(ids(unlinkedRootCauseStickies(stickies))).toEqual(expected);
  });

  it('a sticky used as an issue’s root cause leaves the list and shows in the groups (property)', () => {
    const words = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), fc.array(fc.option(words), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), (causeTexts, rootCauses, pickSticky, pickIssue) => {
        const board = [...causeTexts.map((text, i) => cause(`r${i}`, text)), ...rootCauses.map((rc, i) => issue(`i${i}`, rc === null ? {} : { rootCause: rc }))];
        const before = unlinkedRootCauseStickies(board);
        fc.pre(before.length > 0);
        const used = before[pickSticky % before.length]!;
        const target = `i${pickIssue % rootCauses.length}`;
        const after = board.map((s) => (s.id === target ? { ...s, rootCause: rootCauseOfSticky(used) } : s));

        const left = unlinkedRootCauseStickies(after);
        expect(ids(left)).not.toContain(used.id);
        // Nothing else became linked except stickies with the same words.
        for (const s of before) if (normalizeRootCause(s.text) !== normalizeRootCause(used.text)) expect(ids(left)).toContain(s.id);
        // The grouped analysis now has it as a cause of that issue.
        const groups = groupRootCauses(after, [], []);
        const causeOfTarget = groups.flatMap((g) => g.causes).find((c) => c.issues.some((s) => s.id === target));
        expect(normalizeRootCause(causeOfTarget?.rootCause ?? '')).toBe(normalizeRootCause(used.text));
      }),
    );
  });
});

describe('rootCauseOfSticky', () => {
  it('puts the sticky’s words on one line, keeping their case', () => {
    expect(rootCauseOfSticky({ text: '  Customer comms is\nnobody’s job\t during  an incident ' })).toBe('Customer comms is nobody’s job during an incident');
  });
});

describe('suggestIssueFor', () => {
  const near = issue('near', { x: 100, y: 100 });
  const far = issue('far', { x: 900, y: 100 });

  it.each<[string, Sticky[], string | undefined]>([
    ['no issues', [], undefined],
    ['the nearest issue without a root cause', [far, near], 'near'],
    ['skips issues that have one', [{ ...near, rootCause: 'No template' }, far], 'far'],
    ['a root cause of spaces only counts as none', [{ ...near, rootCause: '  ' }, far], 'near'],
    ['none when every issue has one', [{ ...near, rootCause: 'a' }, { ...far, rootCause: 'b' }], undefined],
    ['ties go to the first on the board', [issue('first', { x: 150, y: 150 }), issue('second', { x: 50, y: 50 })], 'first'],
    ['only issues', [{ ...near, kind: 'note' }, { ...near, id: 'rc', kind: 'root-cause' }, far], 'far'],
  ])('%s', (_name, stickies, expected) => {
    expect(suggestIssueFor({ x: 100, y: 100 }, stickies)?.id).toBe(expected);
  });
});
