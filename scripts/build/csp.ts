// The Content-Security-Policy of each build, as a <meta> tag: the app never talks to the
// network, so nothing but its own code may run and nothing may be fetched.

import type { Plugin } from 'vite';

const COMMON = ["object-src 'none'", "base-uri 'none'", "form-action 'none'", "connect-src 'none'"];

/** The site: every script, style and the worker are files of its own origin. */
const SITE = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "worker-src 'self'", ...COMMON];

/**
 * The single file: scripts and styles are inline, the worker is a blob: URL made from inlined
 * code, and CMaps are data: URLs decoded in memory. Nothing else, not even its own directory.
 * A blob: worker inherits this policy: nothing in it may compile code at run time.
 */
const SINGLE_FILE = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  'worker-src blob:',
  ...COMMON,
];

/** Tesseract is WebAssembly: compiling it needs 'wasm-unsafe-eval' (WebAssembly only, never
 *  JavaScript's eval). The lean single file, without text recognition, goes without. */
const WASM = "'wasm-unsafe-eval'";

export function contentSecurityPolicy(singleFile: boolean, wasm: boolean): Plugin {
  const directives = singleFile ? SINGLE_FILE : SITE;
  const policy = directives.map((d) => (wasm && d.startsWith('script-src') ? `${d} ${WASM}` : d)).join('; ');
  // Written by hand rather than as a Vite tag: Vite would escape the quotes as &#39;, which is
  // valid HTML but hides the policy from tools (vite-plugin-singlefile checks it) and readers.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'nianbao:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${meta}`),
    },
  };
}
