import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromParagraphs, type DocumentText } from '../../src/core/document.ts';
import { loadRuleSet } from '../../src/core/rules/load.ts';
import type { RuleSet } from '../../src/core/rules/types.ts';

export const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const shared = (p: string) => repo(`../shared/${p}`);

/** A plain-text document, one paragraph per line, as the txt reader builds it. */
export function textDoc(text: string): DocumentText {
  return fromParagraphs('txt', text.split('\n').map((t) => ({ text: t })));
}

let defaults: RuleSet | null = null;
export function defaultRules(): RuleSet {
  return (defaults ??= loadRuleSet(readFileSync(repo('rules/annual-report.yaml'), 'utf8'), 'rules/annual-report.yaml'));
}
