import { useEffect, useRef, useState, type Ref } from 'react';
import { boardPath, viewPath, type ReadLink } from '@gapboard/shared';
import type { Meeting } from '../meeting/useMeeting';
import { useOptimistic } from '../meeting/useOptimistic';
import { getFacilitatorKey } from '../storage/facilitatorKeys';
import { DeleteBoardButton } from './DeleteBoardButton';

/** A link in a read-only field (selected on focus) with a Copy button. */
function CopyableLink({ id, label, url, testId, inputRef }: { id: string; label: string; url: string; testId: string; inputRef?: Ref<HTMLInputElement> }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (a page served over plain http on the network): the field stays selectable.
      setCopied(false);
    }
  };
  return (
    <div className="read-link">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input id={id} ref={inputRef} readOnly value={url} onFocus={(e) => e.target.select()} data-testid={testId} />
        <button className="secondary" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

export interface FacilitatorToolsProps {
  meeting: Meeting;
  boardId: string;
  /** The board's title, for the delete confirmation. */
  title?: string;
  /** Deletes the board for good (absent: no delete offered, e.g. no facilitator key on this device). */
  onDeleteBoard?: () => Promise<void>;
}

/** Follow-me, lock, the participant and read-only links, and deleting the board: the facilitator's controls. */
export function FacilitatorTools({ meeting, boardId, title = '', onDeleteBoard }: FacilitatorToolsProps) {
  const state = meeting.state;
  const joined = meeting.status === 'joined';
  const [followMe, setFollowMe] = useOptimistic(state?.followMe ?? false);
  const [locked, setLocked] = useOptimistic(state?.locked ?? false);
  const link = meeting.readLink
    ? new URL(meeting.readLink.path || (meeting.readLink.token.startsWith('v_') ? viewPath(meeting.readLink.token) : boardPath(boardId, meeting.readLink.token)), window.location.origin).toString()
    : null;
  const participantLink = new URL(boardPath(boardId), window.location.origin).toString();
  // The facilitator's own key travels in the fragment (never sent to a server), so the facilitator
  // can take the meeting to another device; the key stays on the device that created the board otherwise.
  const facilitatorKey = getFacilitatorKey(boardId);
  const facilitatorLink = facilitatorKey ? `${participantLink}#key=${encodeURIComponent(facilitatorKey)}` : null;

  // The new link lands at the foot of a long panel, below the fold on a laptop: once the server
  // answers our request, bring it into view and select it, so the facilitator sees it and can
  // copy it at once. Only for a link asked for here (not when the panel opens on an older one).
  // Holds the link shown when Create was clicked (null: none yet), or false: nothing asked for.
  const asked = useRef<ReadLink | null | false>(false);
  const readLinkInput = useRef<HTMLInputElement | null>(null);
  const readLink = meeting.readLink;
  useEffect(() => {
    const input = readLinkInput.current;
    if (asked.current === false || readLink === null || readLink === asked.current || !input) return;
    asked.current = false;
    (input.closest('.read-link') ?? input).scrollIntoView({ block: 'nearest' });
    input.focus({ preventScroll: true });
    input.select();
  }, [readLink]);

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
      <CopyableLink id="participant-link-input" label="Participant link (invite people to edit)" url={participantLink} testId="participant-link" />
      <div className="row">
        <button
          className="secondary"
          data-testid="mint-read-link"
          disabled={!joined}
          onClick={() => {
            asked.current = readLink;
            meeting.sendCommand({ type: 'mint-read-link' });
          }}
        >
          Create read-only link
        </button>
      </div>
      {link && <CopyableLink id="read-link-input" label="Read-only link" url={link} testId="read-link" inputRef={readLinkInput} />}
      {facilitatorLink && (
        <details className="facilitator-link" data-testid="facilitator-link-details">
          <summary>Facilitate from another device</summary>
          <p className="hint">This link opens the board as its facilitator. Keep it to yourself: whoever has it can run the meeting.</p>
          <CopyableLink id="facilitator-link-input" label="Your facilitator link" url={facilitatorLink} testId="facilitator-link" />
        </details>
      )}
      {onDeleteBoard && (
        <div className="row delete-board">
          <DeleteBoardButton title={title} onDelete={onDeleteBoard} />
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
