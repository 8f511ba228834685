// cfb (the .doc reader's OLE container) sets `module.exports` only when `require` exists, as
// it does in Node. A bundle's CommonJS wrapper gives it `module` but no `require`, so in the
// browser it would export nothing and every .doc would fail; this drops that one condition.

import type { Plugin } from 'vite';

const GUARD = "typeof require !== 'undefined' && typeof module !== 'undefined'";

export function cfbExports(): Plugin {
  return {
    name: 'cfb-exports',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]cfb[\\/]cfb\.js$/.test(id)) return null;
      if (!code.includes(GUARD)) this.error('cfb no longer guards its export with `require`: check whether this plugin is still needed');
      return { code: code.replace(GUARD, "typeof module !== 'undefined'"), map: null };
    },
  };
}
