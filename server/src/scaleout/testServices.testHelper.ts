import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';

/**
 * The real Postgres and Redis the scale-out tests run against. They are required, not optional:
 * when one is unreachable the tests fail with a message saying how to start it (`.ci/run`
 * starts both), so a missing service can never turn into silently skipped coverage.
 */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh schema name, unique to this test (`gapboard_test_<random>`). */
export function uniqueSchemaName(): string {
  return `gapboard_test_${randomBytes(6).toString('hex')}`;
}

/** A fresh Redis key prefix, unique to this test. */
export function uniqueRedisPrefix(): string {
  return `gapboard-test-${randomBytes(6).toString('hex')}:`;
}

/** Throws a clear error unless Postgres answers at {@link testDatabaseUrl}. */
export async function requirePostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `Postgres is required by the scale-out tests but is not reachable at ${testDatabaseUrl} ` +
        `(${error instanceof Error ? error.message : String(error)}). Start it (.ci/run does) or set TEST_DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Throws a clear error unless Redis answers at `url`. */
export async function requireRedis(url = testRedisUrl): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Redis is required by the scale-out tests but is not reachable at ${url} ` +
        `(${error instanceof Error ? error.message : String(error)}). Start it (.ci/run does) or set TEST_REDIS_URL.`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Drops test schemas (CASCADE): called after a test file, so the shared database stays clean. */
export async function dropSchemas(schemas: Iterable<string>): Promise<void> {
  const names = [...schemas];
  if (names.length === 0) return;
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}
