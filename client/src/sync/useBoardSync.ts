import { useEffect, useReducer, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { boardCopyName, unsyncedEditsKey } from '../storage/localBoardCopies';
import { localStore } from '../storage/localStore';
import { changedThings } from './changedThings';
import { connectionReducer, initialConnectionState, type ConnectionState } from './connectionState';

export interface BoardSync {
  doc: Y.Doc;
  connection: ConnectionState;
  /** True once the local IndexedDB copy is loaded (the board can be shown before the server answers). */
  localLoaded: boolean;
}

/** `ws(s)://<host>` of the page, so the Yjs socket goes through the same origin (and dev proxy). */
export function wsOrigin(loc: Location = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
}

/**
 * The board's Yjs document, synced with the server over y-websocket and kept in IndexedDB so
 * that edits made offline survive a reload and merge on reconnect. The credentials go only into
 * the websocket URL of this board: `key` (facilitator) or `readToken` (read-only link).
 * `writesHeld`: the board is locked and this user may not write now (see `ConnectionState.heldEdits`).
 */
export function useBoardSync(boardId: string, credentials: { key: string | null; readToken: string | null }, writesHeld = false): BoardSync {
  const [doc] = useState(() => new Y.Doc());
  const [connection, dispatch] = useReducer(connectionReducer, undefined, () =>
    initialConnectionState(navigator.onLine, Number(localStore.get(unsyncedEditsKey(boardId))) || 0),
  );
  const [localLoaded, setLocalLoaded] = useState(false);
  const { key, readToken } = credentials;

  useEffect(() => {
    const persistence = new IndexeddbPersistence(boardCopyName(boardId), doc);
    void persistence.whenSynced.then(() => setLocalLoaded(true)).catch(() => setLocalLoaded(true));
    const params: Record<string, string> = {};
    if (key) params.key = key;
    if (readToken) params.readToken = readToken;
    const provider = new WebsocketProvider(`${wsOrigin()}/yjs`, boardId, doc, { params, maxBackoffTime: 5000 });

    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => dispatch({ type: 'status', status });
    const onSync = (synced: boolean) => dispatch({ type: 'sync', synced });
    const onClosed = (event: { code: number; reason: string }) => dispatch({ type: 'closed', code: event.code, reason: event.reason });
    // Updates applied by the provider or IndexedDB came from elsewhere; everything else is ours.
    const onTransaction = (transaction: Y.Transaction) => {
      const { origin } = transaction;
      if (origin === provider || origin === persistence) return;
      const things = changedThings(doc, transaction);
      if (things.length > 0) dispatch({ type: 'local-update', things });
    };
    // Without a network a socket can look open for a long while; drop it at once so local edits
    // count as unsynced, and reconnect (with a fresh sync) as soon as the network is back.
    const onOnline = () => {
      dispatch({ type: 'browser-online', online: true });
      if (!provider.wsconnected && !provider.wsconnecting) provider.connect();
    };
    const onOffline = () => {
      dispatch({ type: 'browser-online', online: false });
      provider.disconnect();
    };

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    doc.on('afterTransaction', onTransaction);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      doc.off('afterTransaction', onTransaction);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      provider.destroy();
      void persistence.destroy();
    };
  }, [boardId, doc, key, readToken]);

  // Declared before any effect that may edit on the lock's arrival, so those edits count as held.
  useEffect(() => dispatch({ type: 'writes-held', held: writesHeld }), [writesHeld]);

  // Held edits are only on this device too: the count keeps this board's local copy from cleanup.
  const unsynced = connection.unsyncedEdits + connection.heldEdits;
  useEffect(() => {
    if (unsynced > 0) localStore.set(unsyncedEditsKey(boardId), String(unsynced));
    else localStore.remove(unsyncedEditsKey(boardId));
  }, [boardId, unsynced]);

  return { doc, connection, localLoaded };
}
