import { describe, expect, it } from 'vitest';
import type { SceneSticky } from '../scene/sceneTypes';
import type { RemoteEditor } from './BoardCanvasProps';
import { stickyEditorTags } from './useStickyEditors';

const sticky = (id: string, x: number, y: number): SceneSticky => ({
  id,
  kind: 'issue',
  text: '',
  fill: '#ffd166',
  stroke: '#b08a2e',
  kindLabel: 'Issue',
  fontSize: 14,
  room: Infinity,
  x,
  y,
  width: 170,
  height: 110,
});
const editing = (id: string, name: string, color: string, stickyId: string, field: 'text' | 'rootCause' = 'text'): RemoteEditor => ({
  id,
  name,
  color,
  target: { collection: 'stickies', id: stickyId, field },
});

describe('stickyEditorTags', () => {
  const stickies = [sticky('s1', 0, 0), sticky('s2', 400, 0)];

  it('gives two people editing one sticky a row each, so that a third person sees both names', () => {
    const tags = stickyEditorTags([editing('p', 'Pablo', '#9467bd', 's1'), editing('q', 'Quinn', '#2ca02c', 's1'), editing('s', 'Sana', '#1f77b4', 's2')], stickies, null);
    expect(tags).toEqual([
      { id: 'p', name: 'Pablo', color: '#9467bd', x: 0, y: 0, stack: 0 },
      { id: 'q', name: 'Quinn', color: '#2ca02c', x: 0, y: 0, stack: 1 },
      { id: 's', name: 'Sana', color: '#1f77b4', x: 400, y: 0, stack: 0 },
    ]);
  });

  it('tags neither the sticky open here (its editor names them) nor other fields nor stickies gone', () => {
    const tags = stickyEditorTags([editing('p', 'Pablo', '#9467bd', 's1'), editing('q', 'Quinn', '#2ca02c', 's2', 'rootCause'), editing('s', 'Sana', '#1f77b4', 'gone')], stickies, 's1');
    expect(tags).toEqual([]);
  });
});
