import { useEffect, useRef, useState } from 'react';

export interface DeleteBoardButtonProps {
  /** The board's title, named in the confirmation (empty: "this board"). */
  title: string;
  /** Deletes the board; rejects with a message to show when the server refused or was unreachable. */
  onDelete(): Promise<void>;
}

/**
 * The facilitator's "Delete this board…": a confirmation dialog that names the board and says
 * it cannot be undone, then the deletion. The page says the board is gone once it is; here only a
 * failure is shown, in the dialog.
 */
export function DeleteBoardButton({ title, onDelete }: DeleteBoardButtonProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="link danger" data-testid="delete-board" onClick={() => setConfirming(true)}>
        Delete this board…
      </button>
      {confirming && <DeleteBoardDialog title={title} onDelete={onDelete} onClose={() => setConfirming(false)} />}
    </>
  );
}

function DeleteBoardDialog({ title, onDelete, onClose }: DeleteBoardButtonProps & { onClose(): void }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onDelete();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  const name = title.trim() ? `“${title.trim()}”` : 'this board';
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby="delete-board-title"
      aria-describedby="delete-board-what"
      data-testid="delete-board-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <h2 id="delete-board-title">Delete {name}?</h2>
      <p id="delete-board-what">
        The board and everything on it (timeline, comms, stickies, root causes, actions) are deleted for everyone, and the people on it now
        are disconnected. <strong>This can’t be undone.</strong> Export it first if the review needs a copy.
      </p>
      {error && (
        <p className="error" role="alert">
          Not deleted: {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="danger" data-testid="delete-board-confirm" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : 'Delete the board'}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onClose} autoFocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
