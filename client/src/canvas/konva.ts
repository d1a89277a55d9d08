import type FullKonva from 'konva';
import CoreKonva from 'konva/lib/Core';
// The shapes the board draws, each registering itself on Konva. The full `konva` entry would
// also bundle every other shape and all filters: about half the canvas chunk, parsed and run
// before the first canvas for nothing.
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Ellipse';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

/**
 * Konva with the shapes above registered, typed as the full build (use no other shape). Types
 * still come from `import type Konva from 'konva'`, which bundles nothing.
 */
export const konva = CoreKonva as unknown as typeof FullKonva;
