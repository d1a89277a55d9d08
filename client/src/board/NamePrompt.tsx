import { useEffect, useRef, useState, type FormEvent } from 'react';

export interface NamePromptProps {
  color: string;
  /** The current name when renaming; empty on the first visit (and for a viewer giving one). */
  initialName?: string;
  onName(name: string): void;
  /**
   * Renaming, or a viewer giving a name, can be cancelled; an editor's first prompt cannot (the
   * board waits for their name).
   */
  onCancel?(): void;
}

/** Asks for the display name the others see next to our cursor (kept on this device). */
export function NamePrompt({ color, initialName = '', onName, onCancel }: NamePromptProps) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const [name, setName] = useState(initialName);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) onName(name.trim());
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="name-title"
      data-testid="name-prompt"
      onCancel={(e) => {
        e.preventDefault();
        onCancel?.();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="name-title">Your name</h2>
        <p className="muted">The others see it next to your cursor and in the list of people here.</p>
        <label htmlFor="name-input">Display name</label>
        <div className="row">
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          <input id="name-input" value={name} maxLength={60} autoFocus onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="row">
          <button type="submit" disabled={!name.trim()}>
            {onCancel ? 'Save name' : 'Join the board'}
          </button>
          {onCancel && (
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
