// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowBadge } from './FollowBadge';

afterEach(cleanup);

describe('FollowBadge', () => {
  it("says whose view is shown and stops following on request", () => {
    const onStop = vi.fn();
    render(<FollowBadge leader="Maya Chen" attached onStop={onStop} onFollow={() => {}} />);
    expect(screen.getByTestId('follow-badge').textContent).toContain('Following Maya Chen’s view');
    fireEvent.click(screen.getByRole('button', { name: 'Stop following' }));
    expect(onStop).toHaveBeenCalledTimes(1);
  });

  it('offers to follow again once the user moved away', () => {
    const onFollow = vi.fn();
    render(<FollowBadge leader="Maya Chen" attached={false} onStop={() => {}} onFollow={onFollow} />);
    expect(screen.getByTestId('follow-badge').dataset.following).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Follow Maya Chen' }));
    expect(onFollow).toHaveBeenCalledTimes(1);
  });
});
