// Vite build of the dyad dashboard. crates/server/build.rs runs it at cargo build time with
// --outDir in cargo's OUT_DIR and embeds the result; `npm run build` alone writes dist/ (ignored).
import { defineConfig } from 'vite';

// `npm run dev` / `vite preview` forward the API to a running `dyad serve` ($DYAD_API).
const api = { '/v1': process.env.DYAD_API || 'http://127.0.0.1:8080' };

export default defineConfig({
  base: '/',
  server: { proxy: api },
  preview: { proxy: api },
  build: { outDir: 'dist', assetsDir: 'assets', emptyOutDir: true, chunkSizeWarningLimit: 600 },
});
