import { z } from 'zod';
import { formatZodError } from '@gapboard/shared';

/** Environment flags arrive as strings; accept the usual spellings. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .refine((v) => protocols.some((p) => v.startsWith(p)), `expected a URL starting with ${protocols.join(' or ')}`)
        .optional(),
    )
    .optional();

/**
 * The server's configuration, parsed once from the environment. Every option has a default
 * chosen for one instance on one machine; the reason is noted beside it.
 */
export const configSchema = z.object({
  /** @default 3000 — DESIGN.md contract. */
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65535).default(3000),
  /** @default 127.0.0.1 — safe default; set 0.0.0.0 behind a proxy or in a container. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** @default ./data — where the SQLite file lives. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Postgres connection string; when set, boards are stored there instead of SQLite. */
  DATABASE_URL: optionalUrl(['postgres://', 'postgresql://']),
  /** @default public — Postgres schema holding Gapboard's tables (created and migrated at start). */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a lower-case SQL identifier').default('public'),
  /**
   * @default 10000 — longest wait for Postgres to connect or answer a query, in ms: an unreachable
   * or partitioned database turns into errors (503 health, failed requests, clients told to
   * reconnect) instead of requests that hang.
   */
  DATABASE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Redis connection string; when set, several instances share live traffic. */
  REDIS_URL: optionalUrl(['redis://', 'rediss://']),
  /**
   * @default 5000 — how often every Redis connection is pinged (ms); one that stopped answering
   * (a network partition) is reconnected, and its boards resynchronised once Redis answers. 0: never.
   */
  REDIS_LIVENESS_MS: z.coerce.number().int().min(0).default(5000),
  /** @default gapboard: — prefix of every Redis channel, so several deployments can share a Redis. */
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9_:.-]{1,64}$/, 'expected 1-64 letters, digits or _ : . -').default('gapboard:'),
  /** @default info */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Directory of the built SPA; defaults to ../client/dist relative to the server package. */
  STATIC_DIR: z.string().min(1).optional(),
  /** @default 2 MiB — a Yjs frame larger than this closes the socket with 1009. */
  MAX_WS_MESSAGE_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  /**
   * @default 20000 — ping every Yjs websocket this often and close one silent for a whole
   * interval (a peer gone without closing: sleep, lost network); the meeting's socket.io pings
   * at the same interval, so such a person also leaves the roster. 0 turns the Yjs pings off
   * (the meeting then keeps socket.io's defaults).
   */
  WS_HEARTBEAT_MS: z.coerce.number().int().min(0).default(20_000),
  /** @default 5 MiB — board files with many comms and a screenshot fit comfortably. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** @default 30 — board creations per minute per IP (imports included). */
  CREATE_RATE_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /** @default 500 — compact a board's update log into a snapshot past this many updates… */
  COMPACT_MAX_UPDATES: z.coerce.number().int().positive().default(500),
  /** @default 1 MiB — …or past this many bytes of updates. */
  COMPACT_MAX_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  /**
   * @default 2000 — keep an empty room this long before storing and evicting it, so a page
   * reload does not reload the document from storage.
   */
  ROOM_IDLE_MS: z.coerce.number().int().min(0).default(2000),
  /**
   * @default NORMAL — in WAL mode a committed transaction survives a process kill (kill -9);
   * FULL also survives power loss at the cost of an fsync per group commit.
   */
  SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /** @default false — set true behind a reverse proxy so rate limits see the real client IP. */
  TRUST_PROXY: booleanFlag.default(false),
});

/** Parsed configuration. */
export type Config = z.infer<typeof configSchema>;
/** What callers (tests) may pass: every field optional, as in the environment. */
export type ConfigInput = z.input<typeof configSchema>;

/** Thrown when the environment is invalid; the message names each bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the configuration from `env` (normally `process.env`). Empty strings count as unset so
 * that `PORT= node dist/server.js` behaves like no PORT at all.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const keys = Object.keys(configSchema.shape);
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const result = configSchema.safeParse(picked);
  if (!result.success) {
    throw new ConfigError(`invalid configuration: ${formatZodError(result.error)}`);
  }
  return result.data;
}

/** Builds a configuration from typed overrides (tests), applying the same defaults. */
export function makeConfig(overrides: Partial<ConfigInput> = {}): Config {
  const result = configSchema.safeParse(overrides);
  if (!result.success) throw new ConfigError(`invalid configuration: ${formatZodError(result.error)}`);
  return result.data;
}
