import { useEffect } from 'react';
import { forgetDeletedBoard } from '../storage/forgetDeletedBoard';
import { HomeLink } from './HomeLink';

/**
 * What the facilitator sees after deleting a board: a confirmation, not an error. On showing it,
 * the board's traces on this device go too (the board page and its sync are gone by then).
 */
export function BoardDeletedPage({ boardId, title }: { boardId: string; title: string }) {
  useEffect(() => {
    forgetDeletedBoard(boardId);
    document.title = 'Board deleted · Gapboard';
  }, [boardId]);
  return (
    <main className="home" data-testid="board-deleted">
      <h1>Board deleted</h1>
      <p>
        {title ? <>“{title}” was deleted</> : <>The board was deleted</>} for everyone, with everything on it. Its copy on this
        device is gone too.
      </p>
      <p>
        <HomeLink />
      </p>
    </main>
  );
}
