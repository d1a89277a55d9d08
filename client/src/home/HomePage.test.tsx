// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardFile } from '@gapboard/shared';
import { createBoard } from '../api/boardsApi';
import { localCalendarDate } from '../panels/actionDue';
import { HomePage } from './HomePage';

vi.mock('../api/boardsApi', () => ({
  createBoard: vi.fn(() => new Promise(() => {})),
  importStatuspageIncident: vi.fn(),
}));

afterEach(cleanup);

describe('HomePage', () => {
  it("opens the example with its actions due after today (its fixed dates read as past due), the incident as it is", () => {
    render(<HomePage />);
    fireEvent.click(screen.getByTestId('home-open-example'));
    const file = vi.mocked(createBoard).mock.calls.at(-1)![0] as BoardFile;
    const today = localCalendarDate(new Date());
    expect(file.actions.length).toBeGreaterThan(0);
    for (const a of file.actions) expect(a.due > today).toBe(true);
    expect(file.incident.startedAt).toBe('2026-03-17T09:12:00+01:00');
  });
});
