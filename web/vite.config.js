// Vite build of the dyad dashboard. The bundle goes to dist/ (committed, embedded by
// crates/server/build.rs); dist/.stamp records the SHA-256 of the sources it was built from,
// computed exactly as build.rs does, so that a cargo build can tell a stale bundle.
import { defineConfig } from 'vite';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Keep in step with SOURCES in crates/server/build.rs.
const SOURCES = ['index.html', 'package.json', 'package-lock.json', 'vite.config.js', 'src', '../examples/seed-article.txt'];

function collect(root, dir, files) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(root, full, files);
    else files.push([path.relative(root, full).split(path.sep).join('/'), full]);
  }
}

export function sourcesHash(root) {
  const files = [];
  for (const source of SOURCES) {
    const full = path.join(root, source);
    if (fs.statSync(full).isDirectory()) collect(root, full, files);
    else files.push([source, full]);
  }
  files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const hash = createHash('sha256');
  for (const [name, full] of files) {
    hash.update(name);
    hash.update(Buffer.from([0]));
    hash.update(fs.readFileSync(full));
    hash.update(Buffer.from([0]));
  }
  return hash.digest('hex');
}

function stamp() {
  let outDir;
  let root;
  return {
    name: 'dyad-stamp',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      fs.writeFileSync(path.join(outDir, '.stamp'), sourcesHash(root) + '\n');
    },
  };
}

// `npm run dev` / `vite preview` forward the API to a running `dyad serve` ($DYAD_API).
const api = { '/v1': process.env.DYAD_API || 'http://127.0.0.1:8080' };

export default defineConfig({
  base: '/',
  server: { proxy: api },
  preview: { proxy: api },
  build: { outDir: 'dist', assetsDir: 'assets', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  plugins: [stamp()],
});
