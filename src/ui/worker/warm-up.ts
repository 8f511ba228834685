// The first check in a worker costs several times a later one: V8 compiles the checking code and
// each rule's patterns on first use. One check of the rule set's own examples (every rule's
// "present" ones, a short document that touches every rule), done while the page waits for a
// file, takes that cost out of the reviewer's first report.

import { checkWithOutline } from '../../core/check.ts';
import { readDocument, type ReadEnv } from '../../core/read/index.ts';
import type { RuleSet } from '../../core/rules/types.ts';

const NAME = 'warm-up.txt';

export async function warmUp(set: RuleSet, env: ReadEnv): Promise<void> {
  const text = set.rules.flatMap((rule) => rule.examples.present ?? []).join('\n');
  if (!text) return;
  const doc = await readDocument({ name: NAME, bytes: new TextEncoder().encode(text) }, env);
  checkWithOutline(doc, set, { file: NAME });
}
