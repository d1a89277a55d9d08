import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { StorageOpenError } from './storage/StorageOpenError';

/**
 * Entry point: reads the environment, listens, and on SIGTERM/SIGINT closes gracefully (stores
 * every open board, closes sockets, closes storage). Everything else lives in `app.ts`.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await buildApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: storing open boards');
    // A stuck close must not keep the process alive forever; every commit is durable anyway.
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  // A storage that cannot be opened is explained in its message; a stack would only bury it.
  const detail = error instanceof StorageOpenError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`gapboard server failed to start: ${detail}\n`);
  process.exit(1);
});
