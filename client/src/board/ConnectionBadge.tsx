import { badgeKind, type ConnectionState } from '../sync/connectionState';

const LABELS = {
  online: 'Online',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  closed: 'Disconnected',
} as const;

/** Online / reconnecting / offline, with the number of local edits the server has not seen yet. */
export function ConnectionBadge({ connection }: { connection: ConnectionState }) {
  const kind = badgeKind(connection);
  const n = connection.unsyncedEdits;
  const closedReason =
    connection.closed && (connection.closed.code === 4404 ? 'This board does not exist.' : connection.closed.reason || 'The server closed the connection.');
  return (
    <span
      className={`badge connection ${kind}`}
      data-testid="connection-status"
      data-state={kind}
      data-unsynced={n}
      role="status"
      title={closedReason ?? (kind === 'online' ? 'Changes are saved and shared live' : 'Your changes are kept on this device and sent when the connection is back')}
    >
      <span className="dot" aria-hidden="true" />
      {LABELS[kind]}
      {n > 0 && ` · ${n} unsynced ${n === 1 ? 'edit' : 'edits'}`}
      {closedReason && <span className="visually-hidden"> {closedReason}</span>}
    </span>
  );
}
