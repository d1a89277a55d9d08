import { countThings } from '../sync/changedThings';
import { badgeKind, type ConnectionState, type MeetingCatchUp } from '../sync/connectionState';

const LABELS = {
  online: 'Online',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  closed: 'Disconnected',
} as const;

export interface ConnectionBadgeProps {
  connection: ConnectionState;
  /** The live meeting is (re)joining: not "Online" yet (see `badgeKind`). @default 'caught-up' */
  meeting?: MeetingCatchUp;
}

/**
 * Online / reconnecting / offline, with what changed here that the server has not seen yet
 * ("2 unsynced stickies": things, as the user made them, not document updates), and of that
 * what the board's lock holds back: never "saved" for an edit the server refused.
 */
export function ConnectionBadge({ connection, meeting = 'caught-up' }: ConnectionBadgeProps) {
  const kind = badgeKind(connection, meeting);
  const unsynced = countThings(connection.unsynced);
  const n = unsynced.count;
  const heldThings = countThings(connection.held);
  const held = heldThings.count;
  // Short, so the top bar keeps one row; the title says the rest.
  const heldNote = `${held} ${heldThings.noun} held until unlocked`;
  const fullLabel = [
    held > 0 && kind === 'online' ? heldNote : LABELS[kind],
    n > 0 ? `${n} unsynced ${unsynced.noun}` : null,
    held > 0 && kind !== 'online' ? heldNote : null,
  ]
    .filter(Boolean)
    .join(' · ');
  // Offline with edits both unsent and held is the longest case: counts only (the title has the words).
  const label = n > 0 && held > 0 ? `${LABELS[kind]} · ${n} unsynced · ${held} held` : fullLabel;
  const closedReason =
    connection.closed && (connection.closed.code === 4404 ? 'This board does not exist.' : connection.closed.reason || 'The server closed the connection.');
  const explanation =
    closedReason ??
    (held > 0
      ? 'The facilitator has locked the board: your changes are kept on this device and shared with everyone as soon as the board is unlocked'
      : kind === 'online'
        ? 'Changes are saved and shared live'
        : badgeKind(connection) === 'online'
          ? 'Catching up with the meeting (step, timer, people here)'
          : `Your changes${n > 0 ? ` (${unsynced.detail})` : ''} are kept on this device and sent when the connection is back`);
  const title = label === fullLabel ? explanation : `${fullLabel}. ${explanation}`;
  return (
    <span
      className={`badge connection ${kind}${held > 0 ? ' held' : ''}`}
      data-testid="connection-status"
      data-state={kind}
      data-unsynced={n}
      data-held={held}
      role="status"
      title={title}
    >
      <span className="dot" aria-hidden="true" />
      {/* Held edits are the news while connected: "Online" beside them would read as "saved". */}
      <span className="label">{label}</span>
      {closedReason && <span className="visually-hidden"> {closedReason}</span>}
    </span>
  );
}
