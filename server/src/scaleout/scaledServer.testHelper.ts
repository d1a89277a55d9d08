import type { ChildProcess } from 'node:child_process';
import type { ConfigInput } from '../config';
import { startServerChild } from '../testing/serverChild.testHelper';
import { startTestServer, type TestServer } from '../testing/testServer.testHelper';
import { testDatabaseUrl, testRedisUrl } from './testServices.testHelper';

/** Where one test's instances meet: a Postgres schema and a Redis key prefix of its own. */
export interface ScaleOutEnv {
  schema: string;
  prefix: string;
  /** @default the shared test Redis */
  redisUrl?: string;
}

/** The configuration of an instance in `env`, as environment variables. */
export function scaledEnv(env: ScaleOutEnv): Record<string, string> {
  return {
    DATABASE_URL: testDatabaseUrl,
    DATABASE_SCHEMA: env.schema,
    REDIS_URL: env.redisUrl ?? testRedisUrl,
    REDIS_KEY_PREFIX: env.prefix,
  };
}

/** An in-process instance (`buildApp` on port 0) sharing Postgres and Redis with its siblings. */
export function startScaledServer(env: ScaleOutEnv, overrides: Partial<ConfigInput> = {}): Promise<TestServer> {
  return startTestServer({ ...scaledEnv(env), ROOM_IDLE_MS: 60_000, ...overrides });
}

/**
 * An instance as a child process (Node with tsx's loader, no wrapper process), so a test's
 * SIGKILL really kills the server.
 */
export function startScaledChild(env: ScaleOutEnv): Promise<{ child: ChildProcess; port: number }> {
  return startServerChild({
    ...scaledEnv(env),
    PORT: '0',
    LOG_LEVEL: 'info',
    ROOM_IDLE_MS: '60000',
    CREATE_RATE_PER_MINUTE: '10000',
  });
}
