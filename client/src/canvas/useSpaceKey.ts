import { useEffect, useState } from 'react';

/** Space belongs to the focused control (typing, pressing a button) rather than to the canvas. */
function ownsSpace(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A', 'SUMMARY'].includes(el.tagName) || el.isContentEditable || el.getAttribute('role') === 'button';
}

/** Whether the space bar is held (space-drag pans), ignoring spaces meant for form fields and buttons. */
export function useSpaceKey(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    const onDown = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || ownsSpace(e.target)) return;
      e.preventDefault(); // no page scroll, no button activation
      setDown(true);
    };
    const onUp = (e: KeyboardEvent) => {
      if (e.code === 'Space') setDown(false);
    };
    const onBlur = () => setDown(false);
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
  return down;
}
