// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Participant } from '@gapboard/shared';
import { Roster, ROSTER_MAX_AVATARS } from './Roster';

afterEach(cleanup);

const people = (n: number): Participant[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, color: '#1f77b4', role: i === 0 ? 'facilitator' : 'participant' }));

describe('Roster', () => {
  it('shows everyone when they fit', () => {
    render(<Roster roster={people(ROSTER_MAX_AVATARS)} selfId="p1" />);
    expect(screen.getAllByRole('listitem')).toHaveLength(ROSTER_MAX_AVATARS);
    expect(screen.queryByTestId('roster-more')).toBeNull();
    expect(screen.getByRole('listitem', { name: 'Person 1 (participant, you)' })).toBeTruthy();
  });

  it('keeps a meeting of ten on one row of the top bar: the first avatars and "+N" naming the others', () => {
    render(<Roster roster={people(10)} selfId="p7" />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(ROSTER_MAX_AVATARS);
    const more = screen.getByTestId('roster-more');
    expect(within(more).getByText('+5')).toBeTruthy();
    expect(more.title.split('\n')).toEqual(['Person 5 (participant)', 'Person 6 (participant)', 'Person 7 (participant, you)', 'Person 8 (participant)', 'Person 9 (participant)']);
    expect(more.textContent).toContain('and Person 5 (participant), Person 6 (participant)');
    expect(screen.getByRole('list').getAttribute('aria-label')).toBe('10 people here');
  });
});
