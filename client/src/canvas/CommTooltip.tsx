import { useMemo } from 'react';
import { SCENE_STYLE } from '../scene/sceneStyle';
import type { Scene, SceneCommDot } from '../scene/sceneTypes';
import type { Viewport } from './BoardCanvasProps';

export interface CommTooltipProps {
  scene: Scene;
  commId: string;
  viewport: Viewport;
  /** Pinned by a click: stays open and can be closed; a hover tooltip follows the pointer. */
  pinned: boolean;
  onClose(): void;
}

/** Time, sender, channel and text of one comm, next to its dot (DOM, so it is selectable and readable by assistive tech). */
export function CommTooltip({ scene, commId, viewport, pinned, onClose }: CommTooltipProps) {
  const dot = useMemo<SceneCommDot | undefined>(() => {
    for (const lane of scene.lanes) {
      const found = lane.dots.find((d) => d.id === commId);
      if (found) return found;
    }
    return undefined;
  }, [scene, commId]);
  if (!dot) return null;
  const [head, ...body] = dot.tooltip.split('\n');
  const left = dot.x * viewport.scale + viewport.x + 12;
  const top = dot.y * viewport.scale + viewport.y + 12;
  return (
    <div
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label="Comm details"
      style={{
        position: 'absolute',
        left,
        top,
        maxWidth: 320,
        padding: '8px 10px',
        background: '#ffffff',
        border: `1px solid ${dot.color}`,
        borderLeft: `4px solid ${dot.color}`,
        borderRadius: 6,
        boxShadow: '0 4px 14px rgba(0,0,0,0.15)',
        font: `13px/1.35 ${SCENE_STYLE.fontFamily}`,
        color: SCENE_STYLE.ink,
        pointerEvents: pinned ? 'auto' : 'none',
        whiteSpace: 'pre-wrap',
        zIndex: 3,
      }}
    >
      <div style={{ fontWeight: 600, color: SCENE_STYLE.muted, marginBottom: 4, paddingRight: pinned ? 18 : 0 }}>{head}</div>
      <div>{body.join('\n')}</div>
      {pinned && (
        <button
          type="button"
          aria-label="Close"
          onClick={onClose}
          style={{ position: 'absolute', top: 4, right: 4, border: 'none', background: 'transparent', cursor: 'pointer', fontSize: 14, color: SCENE_STYLE.muted }}
        >
          ×
        </button>
      )}
    </div>
  );
}
