import type Konva from 'konva';

/** Puts a lifted node back into a container, in the place it had in the drawing order. */
export type PutBack = (layer: Konva.Container) => void;

/**
 * Moves `node` into `dragLayer` for the length of a drag (each frame then redraws one node, not
 * a layer of a thousand stickies) and returns how to put it back: before the sibling that was
 * above it, not on top of everything. The stickies layer draws in the scene's order
 * (stickyDrawOrder), which React keeps: React moves a node from where it believes the node is,
 * so a sticky left on top after a drop would stay over stickies that must cover it.
 */
export function liftForDrag(node: Konva.Node, dragLayer: Konva.Container): PutBack {
  const next = node.getParent()?.getChildren()[node.zIndex() + 1] ?? null;
  node.moveTo(dragLayer);
  return (layer) => {
    node.moveTo(layer);
    if (next && next.getParent() === layer) {
      node.moveToTop();
      node.zIndex(next.zIndex());
    }
  };
}
