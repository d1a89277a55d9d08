import { useState } from 'react';
import { flushSync } from 'react-dom';
import { docToBoardFile } from '@gapboard/shared';
import { loadChunk } from '../app/ChunkLoadError';
import { actionPlanMarkdown } from '../export/actionPlanMarkdown';
import { downloadBlob, exportFileName } from '../export/exportFileName';
import { effectiveTimeZone, formatMinutes, formatTime, zonedClock } from '../time/zonedTime';
import type { BoardContext } from './BoardContext';

// Loaded on first use: it needs konva, which the shell itself does not.
const loadPng = () => loadChunk(() => import('../export/exportPng'));

/** Export PNG (whole board), the action plan as Markdown, and the board file as JSON. */
export function ExportButtons({ ctx }: { ctx: BoardContext }) {
  const { board, analysis, doc } = ctx;
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const zone = effectiveTimeZone(board.meta.timeZone);
  const fileName = (ext: string) => exportFileName(board.meta.title, board.meta.startedAt ?? Date.now(), zone, ext);

  const exportPng = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    setProgress('Loading the exporter…');
    try {
      const { exportBoardPng } = await loadPng();
      // Committed at once: the export waits one frame for the message to show, then draws.
      const onProgress = (message: string) => flushSync(() => setProgress(message));
      const blob = await exportBoardPng(board, analysis, { pixelRatio: 2, onProgress, onNotice: setNotice });
      downloadBlob(blob, fileName('png'));
    } catch (err) {
      setError(`PNG export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const exportMarkdown = () => {
    const md = actionPlanMarkdown(board, analysis, (ms) => formatTime(ms, zone), formatMinutes, zone, zonedClock(zone).dateTime);
    downloadBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), fileName('md'));
  };

  const exportJson = () => {
    const json = JSON.stringify(docToBoardFile(doc), null, 2);
    downloadBlob(new Blob([json], { type: 'application/json' }), fileName('json'));
  };

  return (
    <span className="exports" role="group" aria-label="Export">
      <button
        className="secondary"
        data-testid="export-png"
        onClick={() => void exportPng()}
        // Start fetching the exporter when the pointer or focus reaches the button, not on the click.
        onPointerEnter={() => void loadPng().catch(() => {})}
        onFocus={() => void loadPng().catch(() => {})}
        disabled={busy}
        aria-busy={busy}
        title={progress ?? 'The whole board as a PNG (2×), for the incident review'}
      >
        {busy ? 'Exporting…' : 'Export PNG'}
      </button>
      {busy && progress && progress !== notice && (
        <span className="export-progress" role="status" data-testid="export-png-progress">
          {progress}
        </span>
      )}
      {notice && (
        // Stays after the export: the user should know the image is less sharp than asked for.
        <span className="export-notice" role="status" data-testid="export-png-notice">
          {notice}{' '}
          <button className="link" onClick={() => setNotice(null)} aria-label="Dismiss the export notice">
            ×
          </button>
        </span>
      )}
      <button className="secondary" data-testid="export-markdown" onClick={exportMarkdown} title="The action plan as Markdown">
        Action plan .md
      </button>
      <button className="secondary" data-testid="export-json" onClick={exportJson} title="The board file (gapboard/v1 JSON), to re-import later">
        Board file
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
