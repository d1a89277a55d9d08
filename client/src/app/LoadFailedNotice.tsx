import { PART_NOT_LOADED } from './ChunkLoadError';

export interface LoadFailedNoticeProps {
  /** What does not work until the reload, in a sentence ("The live meeting … is unavailable."). */
  consequence?: string;
  /** Reloads the page; replaceable in tests, where jsdom cannot reload. */
  reload?: () => void;
}

/**
 * A strip saying that part of the app failed to load, with a Reload button: only a reload helps
 * (see `ChunkLoadError`), so it is not shown as a server error and offers no "try again".
 */
export function LoadFailedNotice({ consequence, reload = () => window.location.reload() }: LoadFailedNoticeProps) {
  return (
    <div className="load-failed" role="alert" data-testid="load-failed">
      <span>
        <strong>{PART_NOT_LOADED}</strong>
        {consequence && ` ${consequence}`}
      </span>
      <button onClick={reload}>Reload</button>
    </div>
  );
}
