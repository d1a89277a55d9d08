import { useEffect, useState } from 'react';
import { boardPath, viewPath } from '@gapboard/shared';
import { navigate } from '../app/navigation';
import { pruneBoardCopies } from '../storage/localBoardCopies';
import { forgetBoard, listRecentBoards } from '../storage/recentBoards';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Boards recently opened on this device (local storage only; nothing is fetched). */
export function RecentBoardsList() {
  const [boards, setBoards] = useState(listRecentBoards);
  // Local copies of boards no longer listed go (after first paint: nothing here is urgent).
  useEffect(() => {
    const timer = setTimeout(() => void pruneBoardCopies(), 1000);
    return () => clearTimeout(timer);
  }, [boards]);
  if (boards.length === 0) return null;
  return (
    <section className="card recent" aria-labelledby="recent-title" data-testid="home-recent">
      <h2 id="recent-title">Recently opened on this device</h2>
      <ul>
        {boards.map((b) => {
          const href = b.viaViewToken ? viewPath(b.id) : boardPath(b.id, b.viewToken);
          return (
            <li key={b.id}>
              <a
                href={href}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  navigate(href);
                }}
              >
                {b.title || 'Untitled board'}
              </a>
              {(b.viewToken || b.viaViewToken) && <span className="tag">read-only</span>}
              <span className="muted"> · {dateFormat.format(b.openedAt)}</span>
              <button
                className="link"
                aria-label={`Remove ${b.title || 'Untitled board'} from this list`}
                onClick={() => {
                  forgetBoard(b.id);
                  setBoards(listRecentBoards());
                }}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
