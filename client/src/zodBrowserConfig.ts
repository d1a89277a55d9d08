/**
 * Runs before every other module (its own `<script>` in index.html, ahead of the app's): zod
 * reads this global config when the shared schemas are built. Our CSP allows no eval, so zod's
 * JIT cannot run in the page; without this, zod probes for eval (a CSP violation on every page
 * load) and then falls back to the same non-JIT parser it uses from the start this way.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
