import { useEffect, useRef, useState, type FormEvent } from 'react';

/** Asks for the display name the others see next to our cursor (kept on this device). */
export function NamePrompt({ color, onName }: { color: string; onName(name: string): void }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const [name, setName] = useState('');
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
      onCancel={(e) => e.preventDefault()}
    >
      <form onSubmit={submit}>
        <h2 id="name-title">Your name</h2>
        <p className="muted">The others see it next to your cursor and in the list of people here.</p>
        <label htmlFor="name-input">Display name</label>
        <div className="row">
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          <input id="name-input" value={name} maxLength={60} autoFocus onChange={(e) => setName(e.target.value)} required />
        </div>
        <button type="submit" disabled={!name.trim()}>
          Join the board
        </button>
      </form>
    </dialog>
  );
}
