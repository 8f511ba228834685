// Links the web manifest into the site build only: the single file, opened from disk, cannot be
// installed and must not reference anything beside itself.

import type { Plugin } from 'vite';

export function webManifest(): Plugin {
  return {
    name: 'nianbao:web-manifest',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './icon-192.png' }, injectTo: 'head' },
    ],
  };
}
