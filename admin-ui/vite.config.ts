import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The UI compiles the shared vocabulary from source, so a change in shared/ needs no separate
// build step and the permission matrix the UI uses is exactly the one in the repository.
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
// The browser's own Object.entries instead of node-polyglot's polyfill (why: build/object-entries.cjs).
const objectEntries = fileURLToPath(new URL('./build/object-entries.cjs', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@klch\/shared$/, replacement: sharedSource },
      { find: /^object\.entries$/, replacement: objectEntries },
    ],
  },
  server: {
    port: 5173,
    // In development the NestJS server runs on :3000; in production it serves this build itself,
    // so the UI always talks to a same-origin /api and the session cookie just works.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
  // The server replaces this in index.html with a fresh nonce per response, the one its
  // Content-Security-Policy allows styles with (see layout/styleCache.ts).
  html: { cspNonce: '__KLCH_CSP_NONCE__' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: what index.html loads first, read by scripts/initial-js-budget.test.mjs.
    manifest: true,
    // One react-admin bundle for an intranet tool is expected; do not warn about it on every build.
    chunkSizeWarningLimit: 3000,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
