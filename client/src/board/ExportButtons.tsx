import { useState } from 'react';
import { docToBoardFile, type Analysis, type Board } from '@gapboard/shared';
import { actionPlanMarkdown } from '../export/actionPlanMarkdown';
import { downloadBlob, exportFileName } from '../export/exportFileName';
import { effectiveTimeZone, formatMinutes, formatTime } from '../time/zonedTime';
import type { BoardContext } from './BoardContext';

type ExportPng = (board: Board, analysis: Analysis, opts?: object) => Promise<Blob>;

// Loaded on demand (konva); a glob keeps the shell building while the PNG export is absent.
const pngModules = import.meta.glob<{ exportBoardPng: ExportPng }>('../export/exportPng.ts');
const loadPng = pngModules['../export/exportPng.ts'];

/** Export PNG (whole board), the action plan as Markdown, and the board file as JSON. */
export function ExportButtons({ ctx }: { ctx: BoardContext }) {
  const { board, analysis, doc } = ctx;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const zone = effectiveTimeZone(board.meta.timeZone);
  const fileName = (ext: string) => exportFileName(board.meta.title, board.meta.startedAt ?? Date.now(), zone, ext);

  const exportPng = async () => {
    if (!loadPng) return;
    setBusy(true);
    setError(null);
    try {
      const { exportBoardPng } = await loadPng();
      downloadBlob(await exportBoardPng(board, analysis, { pixelRatio: 2 }), fileName('png'));
    } catch (err) {
      setError(`PNG export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportMarkdown = () => {
    const md = actionPlanMarkdown(board, analysis, (ms) => `${formatTime(ms, zone)} (${zone})`, formatMinutes);
    downloadBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), fileName('md'));
  };

  const exportJson = () => {
    const json = JSON.stringify(docToBoardFile(doc), null, 2);
    downloadBlob(new Blob([json], { type: 'application/json' }), fileName('json'));
  };

  return (
    <span className="exports" role="group" aria-label="Export">
      {loadPng && (
        <button className="secondary" data-testid="export-png" onClick={() => void exportPng()} disabled={busy} aria-busy={busy}>
          {busy ? 'Exporting…' : 'Export PNG'}
        </button>
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
