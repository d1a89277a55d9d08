import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { boardPageHtml } from './boardPageHtml';
import { precompressAssets } from './precompressAssets';

/** The Gapboard server the dev server proxies to (`GAPBOARD_SERVER=http://127.0.0.1:3123 pnpm dev`). */
const backend = process.env.GAPBOARD_SERVER ?? 'http://127.0.0.1:3000';

/**
 * The SPA build. In dev, /api, /yjs and /socket.io go to the Gapboard server on :3000 so the
 * browser sees one origin, as in production (the server serves client/dist).
 */
export default defineConfig({
  plugins: [react(), boardPageHtml(), precompressAssets()],
  server: {
    proxy: {
      '/api': { target: backend },
      '/healthz': { target: backend },
      '/yjs': { target: backend, ws: true },
      '/socket.io': { target: backend, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The home page must load fast: the canvas stack (konva), the sync stack (yjs,
        // y-websocket) and the meeting (socket.io) get chunks of their own, so they cache
        // independently of app code and load only where they are needed.
        codeSplitting: {
          groups: [
            // A chunk of its own, imported first, so it runs before zod and the shared schemas
            // (in the entry chunk it would run after every chunk the entry imports).
            { name: 'zod-config', test: /[\\/]src[\\/]zodBrowserConfig\.ts$/, priority: 40 },
            // React next: otherwise the konva group, which takes its modules'
            // dependencies too, would swallow react and the home page would load konva for it.
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'konva', test: /[\\/]node_modules[\\/](konva|react-konva|react-reconciler|its-fine)[\\/]/, priority: 20 },
            // socket.io (the meeting) is imported when the meeting connects, after the first canvas.
            {
              name: 'meeting',
              test: /[\\/]node_modules[\\/](socket\.io-client|engine\.io-client|socket\.io-parser|engine\.io-parser|@socket\.io)[\\/]/,
              priority: 15,
            },
            { name: 'sync', test: /[\\/]node_modules[\\/](yjs|y-websocket|y-indexeddb|y-protocols|lib0)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
