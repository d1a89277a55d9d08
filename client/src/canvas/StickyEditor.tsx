import { useEffect, useRef, useState } from 'react';
import { SCENE_STYLE } from '../scene/sceneStyle';

export interface StickyEditorProps {
  /** Screen rectangle of the sticky's text area, relative to the canvas container. */
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  background: string;
  initialText: string;
  label: string;
  /** Editing is over (Enter, Escape or focus left the field), with the text as it now reads. */
  onDone(text: string): void;
}

/**
 * In-place sticky editor: a textarea laid exactly over the sticky. Enter, Escape or leaving the
 * field ends editing and keeps the text, as on Miro or FigJam: a sentence is never lost to a
 * stray Escape (Undo takes it back). Shift+Enter adds a line. Reports at most once.
 */
export function StickyEditor(props: StickyEditorProps) {
  const [text, setText] = useState(props.initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = () => {
    if (done.current) return;
    done.current = true;
    props.onDone(text);
  };

  return (
    <textarea
      ref={ref}
      aria-label={props.label}
      value={text}
      maxLength={2000}
      onChange={(e) => setText(e.target.value)}
      onBlur={finish}
      onKeyDown={(e) => {
        // Keep board shortcuts (delete, N, ?) away from typing.
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
          e.preventDefault();
          finish();
        }
      }}
      style={{
        position: 'absolute',
        left: props.left,
        top: props.top,
        width: props.width,
        height: props.height,
        fontSize: props.fontSize,
        lineHeight: 1.2,
        fontFamily: SCENE_STYLE.fontFamily,
        color: SCENE_STYLE.ink,
        background: props.background,
        border: 'none',
        outline: '2px solid #2563eb',
        borderRadius: 2,
        padding: 0,
        margin: 0,
        resize: 'none',
        overflow: 'auto',
        boxSizing: 'border-box',
        zIndex: 2,
      }}
    />
  );
}
