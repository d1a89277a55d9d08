import { useState } from 'react';
import { boardPath, viewPath } from '../app/parseRoute';
import type { Meeting } from '../meeting/useMeeting';
import { useOptimistic } from '../meeting/useOptimistic';

/** Follow-me, lock and read-only link: the facilitator's meeting controls. */
export function FacilitatorTools({ meeting, boardId }: { meeting: Meeting; boardId: string }) {
  const state = meeting.state;
  const joined = meeting.status === 'joined';
  const [copied, setCopied] = useState(false);
  const [followMe, setFollowMe] = useOptimistic(state?.followMe ?? false);
  const [locked, setLocked] = useOptimistic(state?.locked ?? false);
  const link = meeting.readLink
    ? new URL(meeting.readLink.path || (meeting.readLink.token.startsWith('v_') ? viewPath(meeting.readLink.token) : boardPath(boardId, meeting.readLink.token)), window.location.origin).toString()
    : null;

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="facilitator-tools" aria-label="Facilitator controls" role="group">
      <h3>Facilitator</h3>
      <label className="check">
        <input
          type="checkbox"
          data-testid="follow-me"
          checked={followMe}
          disabled={!joined}
          onChange={(e) => {
            setFollowMe(e.target.checked);
            meeting.sendCommand({ type: 'follow-me', on: e.target.checked });
          }}
        />
        Everyone follows my view
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="lock-toggle"
          checked={locked}
          disabled={!joined}
          onChange={(e) => {
            setLocked(e.target.checked);
            meeting.sendCommand({ type: 'lock', locked: e.target.checked });
          }}
        />
        Lock the board (only you can edit)
      </label>
      <div className="row">
        <button className="secondary" data-testid="mint-read-link" disabled={!joined} onClick={() => meeting.sendCommand({ type: 'mint-read-link' })}>
          Create read-only link
        </button>
      </div>
      {link && (
        <div className="read-link">
          <label htmlFor="read-link-input">Read-only link</label>
          <div className="row">
            <input id="read-link-input" readOnly value={link} onFocus={(e) => e.target.select()} data-testid="read-link" />
            <button className="secondary" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}
      {meeting.lastError && (
        <p className="error" role="alert">
          {meeting.lastError.message}
        </p>
      )}
    </div>
  );
}
