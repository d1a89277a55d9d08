// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMeta } from '@gapboard/shared';
import { PART_NOT_LOADED } from '../app/ChunkLoadError';
import { downloadBlob } from '../export/exportFileName';
import { renderWithBoard } from '../panels/renderWithBoard';
import { ExportButtons } from './ExportButtons';

// The PNG exporter's chunk fails to arrive, as after a redeploy or a dropped network.
vi.mock('../export/exportPng', () => {
  throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/exportPng-0ld.js');
});

vi.mock('../export/exportFileName', async (original) => ({ ...(await original<typeof import('../export/exportFileName')>()), downloadBlob: vi.fn() }));

afterEach(cleanup);

/** jsdom's Blob has no text(). */
const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('ExportButtons', () => {
  it("says the exporter's code did not arrive and what to do, rather than the browser's message", async () => {
    renderWithBoard((ctx) => <ExportButtons ctx={ctx} />);
    fireEvent.click(screen.getByTestId('export-png'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(`PNG export failed: ${PART_NOT_LOADED}`);
    expect(screen.getByTestId('export-png').textContent).toBe('Export PNG');
  });

  it('dates the incident in the Markdown action plan with its year', async () => {
    const start = Date.parse('2025-03-12T08:05:00Z');
    renderWithBoard(
      (ctx) => <ExportButtons ctx={ctx} />,
      (doc) => setMeta(doc, { title: 'Checkout payments', startedAt: start, resolvedAt: start + 335 * 60_000, timeZone: 'Europe/Berlin' }),
    );
    fireEvent.click(screen.getByTestId('export-markdown'));
    const [blob, name] = vi.mocked(downloadBlob).mock.calls.at(-1)!;
    expect(name).toBe('checkout-payments-2025-03-12.md');
    expect(await blobText(blob)).toContain('- Incident: 12 Mar 2025, 09:05 → 12 Mar 2025, 14:40 (times in Europe/Berlin)\n');
  });
});

