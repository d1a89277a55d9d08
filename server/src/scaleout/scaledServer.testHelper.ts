import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConfigInput } from '../config';
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

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = join(serverDir, '../node_modules/.bin/tsx');

/** An instance as a child process (`tsx src/server.ts`), so a test can SIGKILL it. */
export async function startScaledChild(env: ScaleOutEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(tsx, ['src/server.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...scaledEnv(env), PORT: '0', LOG_LEVEL: 'info', ROOM_IDLE_MS: '60000', CREATE_RATE_PER_MINUTE: '10000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return { child, port };
}
