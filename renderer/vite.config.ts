// Builds the renderer: `npx vite build --config renderer/vite.config.ts` from the project root.
// The output is served by Electron's app:// protocol and by `oa-planner serve` in browser mode,
// both under a strict Content-Security-Policy (see index.html), so nothing may be inlined.

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Fontsource's CSS lists a WOFF fallback after every WOFF2 file. Electron and every current
 * browser take the WOFF2, so the fallbacks would only add ~20 MB of files nothing ever loads.
 */
function dropWoffFallbacks(): Plugin {
  return {
    name: 'oa-planner:drop-woff-fallbacks',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].+\.css(\?|$)/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]+\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), dropWoffFallbacks()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Never turn an asset into a data: URL: the CSP allows fonts from 'self' only.
    assetsInlineLimit: 0,
  },
});
