import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(root, '../..');

/** Built to dist/web, which the API serves at `/`; `npm run dev:web` proxies /api to a running API. */
export default defineConfig({
  root,
  resolve: {
    // Vocabularies and pure rules shared with the API (no I/O in that lib).
    alias: { '@relais/domain': path.join(repo, 'libs/domain/src/index.ts') },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.join(repo, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    // Read by scripts/bundle-sizes.mjs to print what each page loads.
    manifest: true,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      // Libraries' "use client" markers mean nothing without server components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
