/**
 * The admin CLI as plain JavaScript in out/cli (`npm run build`): its entry (dyade.js, which
 * `npx dyade` reaches through scripts/dyade-cli) and the core's worker entry beside it. npm packages stay external (the SQLite addon must),
 * the version is injected here, so nothing reads package.json or compiles TypeScript at run time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  define: { __DYADE_VERSION__: JSON.stringify(manifest.version) },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { dyade: resolve(import.meta.dirname, 'electron/cli/bin.ts'), 'core-worker': resolve(import.meta.dirname, 'electron/core/worker/entry.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
