import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor of the fan-out bench: a websocket server that forwards every frame to every other
 * socket of the same room (the URL path) without parsing, storing or answering anything. No
 * Yjs server can deliver faster than this on the same machine.
 *
 * Run: `HOST=127.0.0.1 PORT=1234 node --import tsx bench/nullRelay.ts`; prints `listening <port>`.
 */
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 1234);

const rooms = new Map<string, Set<WebSocket>>();
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('null relay');
});
const wss = new WebSocketServer({ server });

wss.on('connection', (socket, request) => {
  const room = (request.url ?? '/').split('?')[0]!;
  let peers = rooms.get(room);
  if (!peers) {
    peers = new Set();
    rooms.set(room, peers);
  }
  const members = peers;
  members.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const peer of members) {
      if (peer !== socket && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary });
    }
  });
  socket.on('close', () => {
    members.delete(socket);
    if (members.size === 0) rooms.delete(room);
  });
  socket.on('error', () => socket.terminate());
});

server.listen(port, host, () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
