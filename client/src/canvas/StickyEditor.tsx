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
  onCommit(text: string): void;
  onCancel(): void;
}

/**
 * In-place sticky editor: a textarea laid exactly over the sticky. Enter or leaving the field
 * commits, Shift+Enter adds a line, Escape cancels. Commits at most once.
 */
export function StickyEditor(props: StickyEditorProps) {
  const [text, setText] = useState(props.initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) props.onCommit(text);
    else props.onCancel();
  };

  return (
    <textarea
      ref={ref}
      aria-label={props.label}
      value={text}
      maxLength={2000}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        // Keep board shortcuts (delete, N, ?) away from typing.
        e.stopPropagation();
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true);
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
