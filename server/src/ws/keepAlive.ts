import type WebSocket from 'ws';

/**
 * Pings `socket` every `intervalMs` and terminates it when a whole interval passed without a pong
 * or a message. A laptop that went to sleep or a network that dropped never sends a FIN: without
 * this its connection, and the room it holds open (never stored and evicted), would stay for
 * hours. A peer still being sent a backlog is slow, not gone, and is given more time (the
 * backlog cap closes it if it never drains). Returns a function that stops the pings.
 */
export function keepAlive(socket: WebSocket, intervalMs: number, onSilent: () => void): () => void {
  let heard = true;
  const onHeard = () => {
    heard = true;
  };
  socket.on('pong', onHeard);
  socket.on('message', onHeard);
  const timer = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    if (!heard) {
      if (socket.bufferedAmount > 0) return;
      onSilent();
      socket.terminate();
      return;
    }
    heard = false;
    socket.ping();
  }, intervalMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    socket.off('pong', onHeard);
    socket.off('message', onHeard);
  };
  socket.once('close', stop);
  return stop;
}
