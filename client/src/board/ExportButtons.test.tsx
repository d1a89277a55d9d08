// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PART_NOT_LOADED } from '../app/ChunkLoadError';
import { renderWithBoard } from '../panels/renderWithBoard';
import { ExportButtons } from './ExportButtons';

// The PNG exporter's chunk fails to arrive, as after a redeploy or a dropped network.
vi.mock('../export/exportPng', () => {
  throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/exportPng-0ld.js');
});

afterEach(cleanup);

describe('ExportButtons', () => {
  it("says the exporter's code did not arrive and what to do, rather than the browser's message", async () => {
    renderWithBoard((ctx) => <ExportButtons ctx={ctx} />);
    fireEvent.click(screen.getByTestId('export-png'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`PNG export failed: ${PART_NOT_LOADED}`);
    expect(screen.getByTestId('export-png').textContent).toBe('Export PNG');
  });
});
