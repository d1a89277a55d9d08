export interface FollowBadgeProps {
  /** Whose view is led (the facilitator's name, as the roster shows it). */
  leader: string;
  /** The canvas shows the leader's view now; false once the user moved the view themselves. */
  attached: boolean;
  onStop(): void;
  onFollow(): void;
}

/**
 * On the canvas while the facilitator leads the view: says whose view this is and offers to
 * stop following; after the user moved away (a drag, a zoom, Fit), offers to follow again.
 * Without it, a follower's drags and zooms silently did nothing.
 */
export function FollowBadge({ leader, attached, onStop, onFollow }: FollowBadgeProps) {
  return (
    <div className={attached ? 'follow-badge attached' : 'follow-badge'} role="status" data-testid="follow-badge" data-following={attached}>
      {attached ? (
        <>
          <span className="dot" aria-hidden="true" />
          <span className="text">Following {leader}’s view</span>
          <button className="link" onClick={onStop} title="Move the board on your own (dragging or zooming does this too)">
            Stop following
          </button>
        </>
      ) : (
        <>
          <span className="text">{leader} is leading the view</span>
          <button className="link" onClick={onFollow}>
            Follow {leader}
          </button>
        </>
      )}
    </div>
  );
}
