import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const clientDist = join(repoRoot, 'client/dist');

/** Environment variable through which global setup hands the snapshot to the server launcher. */
export const SNAPSHOT_ENV = 'GAPBOARD_E2E_STATIC_DIR';

/** Every `assets/…` file a built file refers to (lazy chunks are named inside other chunks). */
function referencedAssets(dir: string): string[] {
  const names = new Set<string>();
  const files = ['index.html', ...readdirSync(join(dir, 'assets')).map((f) => `assets/${f}`)];
  for (const file of files) {
    if (!/\.(html|js|css)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/assets\/([A-Za-z0-9_.-]+\.(?:js|css|png|svg|woff2?))/g)) names.add(`assets/${m[1]}`);
  }
  return [...names];
}

/** True when `dir` holds a whole build: index.html and every asset it (transitively) names. */
export function isCompleteBuild(dir: string): boolean {
  try {
    if (!existsSync(join(dir, 'index.html'))) return false;
    return referencedAssets(dir).every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

/**
 * Copies the built client into a private folder once it is complete. Other people rebuild
 * `client/dist` while the specs run (vite empties it first); the specs' servers serve the copy.
 */
export async function snapshotClientBuild(timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const target = mkdtempSync(join(tmpdir(), 'gapboard-e2e-client-'));
    try {
      if (isCompleteBuild(clientDist)) {
        cpSync(clientDist, target, { recursive: true });
        if (isCompleteBuild(target)) return target;
      }
    } catch {
      // The build changed under us: try again.
    }
    rmSync(target, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`no complete client build in ${clientDist}: run \`pnpm build\` first`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
