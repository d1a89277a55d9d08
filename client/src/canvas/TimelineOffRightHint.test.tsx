// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rect, SceneMarker } from '../scene/sceneTypes';
import { fitBoardViewport } from './fitViewport';
import { TimelineOffRightHint, type TimelineOffRightHintProps } from './TimelineOffRightHint';

afterEach(cleanup);

// The example incident's timeline on the canvas beside the panels at 1024 px (see timelineOffRight.test).
const example: Rect = { x: -248.74, y: -174, width: 1776, height: 468 };
const resolution: SceneMarker = { kind: 'resolution', x: 1468.5, y1: 0, y2: 100, label: 'Resolution', timeLabel: '13:39', color: '#000' };
const laptop = { width: 664, height: 609 };

function renderHint(extra: Partial<TimelineOffRightHintProps> = {}) {
  const props: TimelineOffRightHintProps = {
    viewport: fitBoardViewport(example, example, laptop.width, laptop.height),
    ...laptop,
    timeline: example,
    end: resolution,
    placeholder: false,
    typing: false,
    onFit: vi.fn(),
    ...extra,
  };
  render(<TimelineOffRightHint {...props} />);
}

describe('TimelineOffRightHint', () => {
  it('says where the cut timeline goes on the first view of a long incident', () => {
    renderHint();
    expect(screen.getByTestId('timeline-more').textContent).toContain('Timeline continues to Resolution · 13:39 →');
  });

  it('stands aside while a sticky is typed: it covered the editor and the lock note under it', () => {
    renderHint({ typing: true });
    expect(screen.queryByTestId('timeline-more')).toBeNull();
  });

  it('says nothing on a board without an incident window: its stand-in line continues nowhere', () => {
    renderHint({ placeholder: true, end: undefined });
    expect(screen.queryByTestId('timeline-more')).toBeNull();
  });
});
