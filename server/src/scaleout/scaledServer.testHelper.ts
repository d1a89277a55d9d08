import type { ChildProcess } from 'node:child_process';
import type { ConfigInput } from '../config';
import { startServerChild } from '../testing/serverChild.testHelper';
import type * as Y from 'yjs';
import { connectPeer, startTestServer, waitFor, type TestPeer, type TestServer } from '../testing/testServer.testHelper';
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

/** A board on two instances: two clients on `a` (one of them the writer), one on `b`, synced. */
export interface BoardAcrossInstances {
  id: string;
  onA: TestPeer;
  alsoOnA: TestPeer;
  onB: TestPeer;
  /** The map the tests write into. */
  map(peer: TestPeer): Y.Map<string>;
}

/**
 * Creates a board on `a`, connects the three clients (added to `peers` for cleanup) and checks
 * that an edit on `a` reaches `b`: the instances are joined up before the test breaks something.
 */
export async function boardAcrossInstances(a: TestServer, b: TestServer, peers: TestPeer[]): Promise<BoardAcrossInstances> {
  const { id } = await a.createBoard({});
  const onA = connectPeer(a.yjsUrl, id);
  const alsoOnA = connectPeer(a.yjsUrl, id);
  const onB = connectPeer(b.yjsUrl, id);
  peers.push(onA, alsoOnA, onB);
  await Promise.all([onA.synced, alsoOnA.synced, onB.synced]);
  const map = (peer: TestPeer) => peer.doc.getMap<string>('m');
  map(onA).set('before', 'a');
  await waitFor(() => map(onB).get('before') === 'a', 'B seeing the first edit');
  return { id, onA, alsoOnA, onB, map };
}
