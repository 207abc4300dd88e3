import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './electron/main/csp';

/** In `electron-vite dev` only, relax the CSP meta for Vite's HMR client and React refresh preamble. */
function devCsp(): Plugin {
  return {
    name: 'dyade-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(contentSecurityPolicy(), contentSecurityPolicy({ dev: true }));
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The core's worker thread is an entry of its own: main starts it from out/main/core-worker.js.
      rollupOptions: { input: { index: resolve('electron/main/index.ts'), 'core-worker': resolve('electron/core/worker/entry.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified by default: minified, the first screen parses a third of the bytes.
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        // Everything the first screen imports statically in one chunk beside the entry, not in small
        // shared pieces: each file is a request and a module to instantiate before the first render.
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
      },
    },
    plugins: [react(), devCsp()],
  },
});
