import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, boardPage } from './app/App';
import { parseRoute } from './app/parseRoute';
import { boardCanvas } from './board/CanvasSlot';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

// Opened straight on a board: fetch the board page and canvas chunks together, and render once
// they are here, so the board draws in its first render instead of behind Suspense fallbacks
// (whose reveal React throttles by 300 ms). A failed fetch is retried, and shown, by the lazy page.
const { pathname, search, hash } = window.location;
const chunksReady =
  parseRoute(pathname, search, hash).name === 'board'
    ? Promise.all([boardPage.preload(), boardCanvas.preload()]).catch(() => {})
    : Promise.resolve();

void chunksReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
