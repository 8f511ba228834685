// The folders of src/core are the stages of the pipeline, in this order; a file may import its
// own stage and the stages before it, never a later one, so the tree keeps telling the truth
// about how a document flows. A new top-level file or folder must be given its place here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../src/core');

/** Stage order. The two types everything is about come first, then the entry point, then the
 *  rule studio, which runs the checker over a rule set's examples and the reports loaded. */
const STAGES: { stage: string; holds: (path: string) => boolean }[] = [
  { stage: 'types', holds: (p) => p === 'document.ts' || p === 'report.ts' },
  ...['read', 'text', 'structure', 'rules', 'tables', 'verdicts', 'findings', 'batch'].map((dir) => ({
    stage: dir,
    holds: (p: string) => p.startsWith(dir + '/'),
  })),
  { stage: 'entry', holds: (p) => p === 'check.ts' },
  { stage: 'studio', holds: (p) => p.startsWith('studio/') },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const corePath = (abs: string) => relative(CORE, abs).split(sep).join('/');
const rankOf = (path: string) => STAGES.findIndex((s) => s.holds(path));

function coreImports(abs: string): string[] {
  const source = readFileSync(abs, 'utf8');
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.map((s) => resolve(dirname(abs), s)).filter((target) => target.startsWith(CORE + sep)).map(corePath);
}

describe('src/core layout', () => {
  const files = filesUnder(CORE).map(corePath);

  it('finds the core', () => {
    expect(files).toContain('check.ts');
    expect(files.length).toBeGreaterThan(30);
  });

  it('puts every file in a stage', () => {
    expect(files.filter((f) => rankOf(f) < 0)).toEqual([]);
  });

  it('never imports from a later stage', () => {
    const backward = files.flatMap((f) =>
      coreImports(join(CORE, f))
        .filter((target) => rankOf(target) > rankOf(f))
        .map((target) => `${f} (${STAGES[rankOf(f)].stage}) → ${target} (${STAGES[rankOf(target)].stage})`),
    );
    expect(backward).toEqual([]);
  });
});
