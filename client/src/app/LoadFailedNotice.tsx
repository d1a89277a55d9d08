/** What to tell someone when a code chunk of the app did not arrive (a dropped network, a redeploy). */
export const PART_NOT_LOADED = 'Part of Gapboard could not be loaded — check your connection and reload the page.';

export interface LoadFailedNoticeProps {
  /** What does not work until the reload, in a sentence ("The live meeting … is unavailable."). */
  consequence?: string;
  /** Reloads the page; replaceable in tests, where jsdom cannot reload. */
  reload?: () => void;
}

/**
 * A strip saying that part of the app failed to load, with a Reload button. Only a reload helps:
 * a browser keeps a failed dynamic `import()` failed for the page's life (whatwg/html#10327 is
 * not in every browser yet), and after a redeploy the old chunk's file is gone anyway. So this is
 * not a server error and offers no "try again".
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
