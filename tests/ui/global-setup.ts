// Browser tests run against a real build: built here once (only when sources changed since the
// last one), then served from 127.0.0.1 by a tiny static server. Each build goes to its own
// folder named by the sources' newest change, so test runs started side by side never rebuild
// under each other's feet.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = join(ROOT, 'test-results');
const STALE_AFTER_MS = 60 * 60 * 1000;
const INPUTS = ['src', 'rules', 'public', 'scripts/build', 'index.html', 'vite.config.ts', 'package.json'];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The folder of a build of the current sources, building it if there is none. */
function currentBuild(): string {
  const stamp = Math.floor(Math.max(...INPUTS.map((p) => join(ROOT, p)).filter(existsSync).map(newest)));
  const dist = join(BUILDS, `dist-${stamp}`);
  if (existsSync(join(dist, 'nianbao-check-ocr.html'))) return dist;
  const scratch = `${dist}.${process.pid}`;
  build(scratch);
  try {
    renameSync(scratch, dist);
  } catch {
    // Another run finished the same build first: use theirs.
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const name of readdirSync(BUILDS)) {
    const old = join(BUILDS, name);
    if (name.startsWith('dist-') && old !== dist && Date.now() - statSync(old).mtimeMs > STALE_AFTER_MS) rmSync(old, { recursive: true, force: true });
  }
  return dist;
}

function build(outDir: string): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  // Vitest's own environment (NODE_ENV=test, VITEST=…) would make Vite build a development app.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const options = { cwd: ROOT, stdio: 'pipe' as const, env: { ...env, NODE_ENV: 'production' } };
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', outDir], options);
  execFileSync(process.execPath, [vite, 'build', '--mode', 'singlefile', '--logLevel', 'warn', '--outDir', join(outDir, '.single')], options);
  execFileSync(process.execPath, [vite, 'build', '--mode', 'singlefile-ocr', '--logLevel', 'warn', '--outDir', join(outDir, '.single')], options);
}

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export default async function setup(project: TestProject) {
  const dist = currentBuild();
  const server = await serve(dist);
  project.provide('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  project.provide('distDir', dist);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}
