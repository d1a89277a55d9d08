// Bundles the server into dist/server.js: our sources and @gapboard/shared (TypeScript, read
// from source) are bundled; every other package stays an external import from node_modules,
// so native modules (better-sqlite3) and optional peers load as usual.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** Marks bare imports external, except our own workspace packages. */
const externalizeDependencies = {
  name: 'externalize-dependencies',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@gapboard/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

await build({
  entryPoints: [join(here, 'src/server.ts')],
  outfile: join(here, 'dist/server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [externalizeDependencies],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __gapboardCreateRequire } from 'node:module'; const require = __gapboardCreateRequire(import.meta.url);" },
  logLevel: 'info',
});
