import { localStore } from './localStore';

/**
 * The facilitator key of each board created on this device. It arrives once (in the URL
 * fragment after creation), is moved here, and is only ever sent in the Yjs websocket params and
 * the socket.io `join` of that same board.
 */
const keyFor = (boardId: string): string => `gapboard.facilitatorKey.${boardId}`;

export function getFacilitatorKey(boardId: string): string | null {
  return localStore.get(keyFor(boardId));
}

export function setFacilitatorKey(boardId: string, key: string): void {
  localStore.set(keyFor(boardId), key);
}

export function forgetFacilitatorKey(boardId: string): void {
  localStore.remove(keyFor(boardId));
}
