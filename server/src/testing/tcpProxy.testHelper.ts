import net from 'node:net';

/**
 * A TCP proxy in front of a real service (Postgres, Redis), so a test can take the service away
 * from the code under test and bring it back without touching the shared service itself.
 */
export interface TcpProxy {
  port: number;
  /** Like the service's process stopping: open connections reset, new ones refused. */
  stop(): Promise<void>;
  /** Like a network partition: connections are accepted (or kept) but nothing gets through. */
  blackhole(): void;
  /** Service back: new connections are forwarded again (on the same port); blackholed ones are reset, their bytes being lost. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let mode: 'forward' | 'blackhole' = 'forward';
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (mode === 'blackhole') return; // held open, never answered
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk) => {
      if (mode === 'forward') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (mode === 'forward') client.write(chunk);
    });
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  const port = await listen(0);
  const closeListener = () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  return {
    port,
    async stop() {
      for (const socket of sockets) socket.resetAndDestroy();
      sockets.clear();
      await closeListener();
    },
    blackhole() {
      mode = 'blackhole';
    },
    async restore() {
      if (mode === 'blackhole') for (const socket of sockets) socket.resetAndDestroy();
      mode = 'forward';
      if (!server.listening) await listen(port);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await closeListener();
    },
  };
}
