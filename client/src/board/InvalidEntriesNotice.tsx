import type { InvalidEntry } from '@gapboard/shared';

/**
 * Document entries that failed their schema (a buggy client or a bot wrote them). They are
 * left out of the board and listed here, so nothing disappears silently.
 */
export function InvalidEntriesNotice({ invalid }: { invalid: InvalidEntry[] }) {
  if (invalid.length === 0) return null;
  return (
    <details className="invalid-entries" data-testid="invalid-entries">
      <summary role="status">
        {invalid.length} invalid {invalid.length === 1 ? 'entry' : 'entries'} in this board left out of the timeline
      </summary>
      <ul>
        {invalid.slice(0, 50).map((e) => (
          <li key={`${e.collection}:${e.id}:${e.message}`}>
            <code>
              {e.collection}/{e.id}
            </code>
            : {e.message}
          </li>
        ))}
        {invalid.length > 50 && <li>… and {invalid.length - 50} more</li>}
      </ul>
    </details>
  );
}
