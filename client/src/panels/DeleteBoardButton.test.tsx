// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeMeeting } from '../meeting/fakeMeeting.testHelper';
import { FacilitatorTools } from './FacilitatorTools';

beforeAll(() => {
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});
afterEach(cleanup);

const renderTools = (onDeleteBoard?: () => Promise<void>, title = 'Payments outage 14 May') =>
  render(<FacilitatorTools meeting={fakeMeeting({})} boardId="b1" title={title} onDeleteBoard={onDeleteBoard} />);

describe('FacilitatorTools: deleting the board', () => {
  it('is offered only when the page can delete (the facilitator with the key)', () => {
    renderTools(undefined);
    expect(screen.queryByTestId('delete-board')).toBeNull();
    cleanup();
    renderTools(vi.fn(async () => {}));
    expect(screen.getByTestId('delete-board').textContent).toBe('Delete this board…');
  });

  it('asks first, naming the board and saying it cannot be undone; Cancel deletes nothing', () => {
    const onDelete = vi.fn(async () => {});
    renderTools(onDelete);
    fireEvent.click(screen.getByTestId('delete-board'));
    const dialog = screen.getByTestId('delete-board-dialog');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Delete “Payments outage 14 May”?' })).toBeTruthy();
    expect(dialog.textContent).toContain('This can’t be undone.');
    expect(dialog.textContent).toContain('for everyone');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('delete-board-dialog')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
  });

  it('names an untitled board "this board"', () => {
    renderTools(vi.fn(async () => {}), '  ');
    fireEvent.click(screen.getByTestId('delete-board'));
    expect(screen.getByRole('heading', { name: 'Delete this board?' })).toBeTruthy();
  });

  it('deletes on confirmation, with the buttons disabled while it runs', async () => {
    let finish!: () => void;
    const onDelete = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderTools(onDelete);
    fireEvent.click(screen.getByTestId('delete-board'));
    fireEvent.click(screen.getByTestId('delete-board-confirm'));
    expect(onDelete).toHaveBeenCalledTimes(1);
    const confirm = screen.getByTestId('delete-board-confirm') as HTMLButtonElement;
    expect(confirm.textContent).toBe('Deleting…');
    expect(confirm.disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    finish();
    await waitFor(() => expect(onDelete).toHaveBeenCalledTimes(1));
  });

  it('says why when the server refuses, and lets the facilitator try again', async () => {
    const onDelete = vi.fn(async () => {
      throw new Error("only the board's facilitator can delete it");
    });
    renderTools(onDelete);
    fireEvent.click(screen.getByTestId('delete-board'));
    fireEvent.click(screen.getByTestId('delete-board-confirm'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe("Not deleted: only the board's facilitator can delete it");
    const confirm = screen.getByTestId('delete-board-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(onDelete).toHaveBeenCalledTimes(2);
  });
});
