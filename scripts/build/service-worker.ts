// Emits sw.js for the site build with the list of every file the build wrote, so the service
// worker can cache the whole app on the first visit (no workbox: this is all it needs).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const TEMPLATE = new URL('./sw-template.js', import.meta.url);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nianbao:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const publicFiles = config.publicDir ? filesUnder(config.publicDir) : [];
      const files = ['./', ...Object.keys(bundle), ...publicFiles].filter((f) => f !== 'index.html' && !f.endsWith('.map')).sort();
      const version = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) {
        const item = bundle[name];
        version.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      const source = readFileSync(TEMPLATE, 'utf8')
        .replace('__VERSION__', version.digest('hex').slice(0, 12))
        .replace('__FILES__', JSON.stringify(files.map((f) => (f === './' ? f : `./${f}`))));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
