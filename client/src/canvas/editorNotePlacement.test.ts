import { describe, expect, it } from 'vitest';
import { placeEditorNote } from './editorNotePlacement';

const canvas = { width: 660, height: 610 };

describe('placeEditorNote', () => {
  it('goes under the editor when there is room', () => {
    expect(placeEditorNote({ left: 100, top: 100, bottom: 180 }, { width: 260, height: 150 }, canvas)).toEqual({ left: 100, top: 186 });
  });

  it('goes over the editor, anchored by its bottom, when the editor is near the canvas bottom', () => {
    // A sticky at 1024×700 low on the canvas: below it, 60 px; above it, 484.
    expect(placeEditorNote({ left: 100, top: 490, bottom: 550 }, { width: 260, height: 150 }, canvas)).toEqual({ left: 100, bottom: 610 - 484 });
  });

  it('goes over the editor when the note, as measured, would just not fit below', () => {
    expect(placeEditorNote({ left: 100, top: 300, bottom: 450 }, { width: 260, height: 150 }, canvas)).toEqual({ left: 100, bottom: 610 - 294 });
    expect(placeEditorNote({ left: 100, top: 300, bottom: 450 }, { width: 260, height: 140 }, canvas)).toEqual({ left: 100, top: 456 });
  });

  it('stays inside the canvas on the right', () => {
    expect(placeEditorNote({ left: 550, top: 100, bottom: 180 }, { width: 260, height: 150 }, canvas)).toEqual({ left: 660 - 260 - 8, top: 186 });
  });
});
