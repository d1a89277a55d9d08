import { Suspense, useEffect, useState } from 'react';
import { HomePage } from '../home/HomePage';
import { BoardDeletedPage } from './BoardDeletedPage';
import { ErrorBoundary } from './ErrorBoundary';
import { HomeLink } from './HomeLink';
import { useRoute } from './navigation';
import { preloadableLazy } from './preloadableLazy';

// The board page pulls in the canvas (konva) and the sync stack; the home page must not wait for them.
export const boardPage = preloadableLazy(() => import('../board/BoardPage').then((m) => m.BoardPage));
const BoardPage = boardPage.Component;

/** Routes `/` and `/b/:id`; anything else is a friendly not-found page. */
export function App() {
  const route = useRoute();
  // The board this tab's facilitator just deleted: its page (and sync) gives way to a confirmation.
  const [deleted, setDeleted] = useState<{ boardId: string; title: string } | null>(null);
  useEffect(() => {
    if (route.name !== 'board') document.title = 'Gapboard';
  }, [route.name]);

  switch (route.name) {
    case 'home':
      return (
        <ErrorBoundary label="the home page">
          <HomePage />
        </ErrorBoundary>
      );
    case 'board':
      if (deleted?.boardId === route.boardId) return <BoardDeletedPage boardId={deleted.boardId} title={deleted.title} />;
      return (
        <ErrorBoundary label="the board" resetKey={route.boardId}>
          <Suspense fallback={<p className="loading" role="status">Loading the board…</p>}>
            <BoardPage
              key={route.boardId}
              boardId={route.boardId}
              viaViewToken={route.viaViewToken}
              viewToken={route.viewToken}
              keyFromFragment={route.keyFromFragment}
              onDeleted={(title) => setDeleted({ boardId: route.boardId, title })}
            />
          </Suspense>
        </ErrorBoundary>
      );
    case 'not-found':
      return (
        <main className="home">
          <h1>Page not found</h1>
          <p>
            There is no page at <code>{route.path}</code>.{' '}
            <HomeLink />
            .
          </p>
        </main>
      );
  }
}
