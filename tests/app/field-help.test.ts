import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldHelp, ruleAt } from '../../src/ui/studio/field-help.ts';
import { repo } from '../helpers/docs.ts';

const readme = readFileSync(repo('rules/README.md'), 'utf8');
const builtin = readFileSync(repo('rules/annual-report.yaml'), 'utf8');

describe('fieldHelp', () => {
  const help = fieldHelp(readme);
  it('gives every field of a rule its meaning from the README and its values from the schema', () => {
    const rules = help.filter((h) => h.level === 'rule');
    expect(rules.filter((h) => !h.meaning).map((h) => h.name)).toEqual([]);
    expect(help.find((h) => h.name === 'group')).toMatchObject({ required: true, values: ['A', 'B', 'C', 'D'] });
    expect(help.find((h) => h.name === 'look-for')).toMatchObject({ required: false, values: [] });
    expect(help.find((h) => h.name === 'look-for')!.meaning).toContain('词语');
  });

  it('knows the keys of the file itself, each with its meaning', () => {
    expect(help.filter((h) => h.level === 'file' && !h.meaning)).toEqual([]);
    expect(help.filter((h) => h.level === 'file').map((h) => h.name)).toEqual([
      'id', 'version', 'title', 'report', 'other-documents',
      'tables', 'period-words', 'part-words', 'old-regime', 'format-versions', 'statements', 'text-figures', 'deadlines', 'identities', 'rules',
    ]);
  });
});

describe('ruleAt', () => {
  it('finds the rule whose block holds the cursor, not an other-document', () => {
    const at = (s: string) => builtin.indexOf(s);
    expect(ruleAt(builtin, at('全年受理行政复议案件13件'))).toBe('admin-reconsideration');
    expect(ruleAt(builtin, at('  - id: admin-reconsideration') + 4)).toBe('admin-reconsideration');
    expect(ruleAt(builtin, at('  - id: plan'))).toBeNull();
    expect(ruleAt(builtin, 0)).toBeNull();
  });
});
