import { lazy, Suspense, useEffect } from 'react';
import { HomePage } from '../home/HomePage';
import { ErrorBoundary } from './ErrorBoundary';
import { navigate, useRoute } from './navigation';

// The board page pulls in the canvas (konva) and the sync stack; the home page must not wait for them.
const loadBoardPage = () => import('../board/BoardPage');
const BoardPage = lazy(() => loadBoardPage().then((m) => ({ default: m.BoardPage })));

// Opened straight on a board: fetch the board page and the canvas chunks together now, instead of
// the canvas only once the board page has loaded and rendered (one round trip less to first canvas).
if (typeof window !== 'undefined' && window.location.pathname.startsWith('/b/')) {
  loadBoardPage().catch(() => {}); // a failure surfaces through the lazy page's own import
  import('../canvas/BoardCanvas').catch(() => {});
}

/** Routes `/` and `/b/:id`; anything else is a friendly not-found page. */
export function App() {
  const route = useRoute();
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
      return (
        <ErrorBoundary label="the board" resetKey={route.boardId}>
          <Suspense fallback={<p className="loading" role="status">Loading the board…</p>}>
            <BoardPage
              key={route.boardId}
              boardId={route.boardId}
              viaViewToken={route.viaViewToken}
              viewToken={route.viewToken}
              keyFromFragment={route.keyFromFragment}
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
            <a
              href="/"
              onClick={(e) => {
                e.preventDefault();
                navigate('/');
              }}
            >
              Go to the home page
            </a>
            .
          </p>
        </main>
      );
  }
}
