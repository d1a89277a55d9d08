import { describe, expect, it } from 'vitest';
import { konva } from './konva';
import { liftForDrag } from './liftForDrag';

/** A stickies layer and a drag layer (groups stand in for layers: no canvas here). */
function layers(count: number) {
  const stickies = new konva.Group();
  const drag = new konva.Group();
  const nodes = Array.from({ length: count }, (_, i) => new konva.Group({ id: `s${i}` }));
  stickies.add(...nodes);
  return { stickies, drag, nodes, order: () => stickies.getChildren().map((n) => n.id()) };
}

describe('liftForDrag', () => {
  it('moves the node into the drag layer, and back to its place in the drawing order, not on top', () => {
    const { stickies, drag, nodes, order } = layers(4);
    const putBack = liftForDrag(nodes[1]!, drag);
    expect(drag.getChildren()).toEqual([nodes[1]]);
    expect(order()).toEqual(['s0', 's2', 's3']);
    putBack(stickies);
    expect(drag.getChildren()).toEqual([]);
    expect(order()).toEqual(['s0', 's1', 's2', 's3']);
    // The top one goes back on top.
    liftForDrag(nodes[3]!, drag)(stickies);
    expect(order()).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('keeps its place when the layer changed meanwhile: a sticky added, or it was moved back already', () => {
    const { stickies, drag, nodes, order } = layers(3);
    const putBack = liftForDrag(nodes[0]!, drag);
    stickies.add(new konva.Group({ id: 'new' }));
    putBack(stickies);
    expect(order()).toEqual(['s0', 's1', 's2', 'new']);

    const again = liftForDrag(nodes[1]!, drag);
    nodes[1]!.moveTo(stickies); // as React does when it reorders the stickies mid-drag
    again(stickies);
    expect(order()).toEqual(['s0', 's1', 's2', 'new']);
  });
});
