// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CanvasTool } from '../canvas/BoardCanvasProps';
import { CanvasToolbar } from './CanvasToolbar';

const undo = { undo: () => {}, redo: () => {}, canUndo: false, canRedo: false };

function renderToolbar(tool: CanvasTool, toolStays = false) {
  const onTool = vi.fn();
  render(
    <CanvasToolbar tool={tool} onTool={onTool} toolStays={toolStays} stickyKind="issue" onStickyKind={() => {}} undo={undo} onZoomToFit={() => {}} onZoom={() => {}} canInk={false} />,
  );
  return { onTool, sticky: screen.getByRole('button', { name: /^Sticky/ }) };
}

afterEach(cleanup);

describe('CanvasToolbar', () => {
  it('picks the Sticky tool for one sticky on a click, and keeps it on when double-clicked', () => {
    const { onTool, sticky } = renderToolbar('select');
    fireEvent.click(sticky);
    expect(onTool).toHaveBeenLastCalledWith('sticky');
    fireEvent.doubleClick(sticky);
    expect(onTool).toHaveBeenLastCalledWith('sticky', true);
  });

  it('says when the Sticky tool stays on', () => {
    expect(renderToolbar('sticky', true).sticky.className).toContain('stays');
    expect(screen.getByRole('button', { name: 'Sticky (stays on)' })).toBeTruthy();
    cleanup();
    expect(renderToolbar('sticky', false).sticky.className).not.toContain('stays');
  });
});
