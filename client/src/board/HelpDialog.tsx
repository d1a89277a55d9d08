import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcuts';

/** The "?" dialog: keyboard shortcuts and how the board works. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="help-title" onClose={onClose} data-testid="help-dialog">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <th scope="row">
                <kbd>{s.keys}</kbd>
              </th>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts are off while you type in a field. Undo only takes back your own changes.</p>
      <form method="dialog">
        <button autoFocus>Close</button>
      </form>
    </dialog>
  );
}
