// Help on the fields of a rule file, for the editor's completion and hover: the meaning from the
// field table of rules/README.md (the guide the office reads), the allowed values and whether it
// is required from the schema the loader validates with, so the two never disagree.

import { ruleFileSchema } from '../../core/rules/schema.ts';

export interface FieldHelp {
  name: string;
  /** Where the field stands: a rule's field, or a key of the file itself. */
  level: 'rule' | 'file';
  required: boolean;
  /** The allowed values, when the schema lists them. */
  values: string[];
  meaning: string;
}

const FILE_MEANING: Record<string, string> = {
  id: '规则集编号：小写字母、数字、连字符 · rule set id',
  version: '版本（写成文字，带引号） · version, as text',
  title: '规则集名称 · title of the rule set',
  report: '标题怎样才算法治政府建设年度报告：subject、kinds、about、voice · what makes a title a report',
  'other-documents': '常被误送的文件，按标题识别 · documents often sent instead of a report',
  tables: '统计表的样子：表、行、列和它们的编号（信息公开年报） · the statistical tables: tables, rows, columns',
  'period-words': '正文中说明统计期的词语，其后的年度须是报告年度 · words before the statistics period, whose year must be the report\'s',
  'part-words': '说明数字只是其中一部分的词语（其中、代表），这样的数字不与全表相比 · words that make a prose figure a part\'s, not compared with the table\'s total',
  'old-regime': '旧条例时期（某年度以前）的报告只要求哪些组 · which groups a report under the old regulation must have',
  'format-versions': '各年度应使用的表格格式 · the table format each year must use',
  statements: '表中数字与正文说法的对应 · what the text must say when a cell has a value',
  'text-figures': '正文中的数字应等于哪些格 · prose figures and the cells they must equal',
  deadlines: '按机关类型的公布时限 · publication deadlines by issuer',
  identities: '格与格之间必须成立的等式（勾稽关系） · equations the cells must satisfy',
  rules: '每个指标一条规则 · one rule per indicator',
};

type Props = Record<string, { enum?: readonly string[] }>;

/** The rows of the README's field table: | `name` | 必填 | meaning |. */
export function fieldHelp(readme: string): FieldHelp[] {
  const ruleSchema = ruleFileSchema.properties.rules.items;
  const props = ruleSchema.properties as Props;
  const required = new Set<string>(ruleSchema.required);
  const meanings = new Map<string, string>();
  for (const m of readme.matchAll(/^\| `([a-z-]+)` \| [^|]* \| (.+) \|$/gmu)) meanings.set(m[1], m[2].replace(/`/g, ''));
  const rule = Object.keys(props).map(
    (name): FieldHelp => ({ name, level: 'rule', required: required.has(name), values: [...(props[name].enum ?? [])], meaning: meanings.get(name) ?? '' }),
  );
  const file = Object.keys(ruleFileSchema.properties).map(
    (name): FieldHelp => ({ name, level: 'file', required: (ruleFileSchema.required as readonly string[]).includes(name), values: [], meaning: FILE_MEANING[name] ?? '' }),
  );
  return [...rule, ...file];
}

/** The rule id whose block holds the offset: the last "- id:" of the rules list before it. */
export function ruleAt(yaml: string, offset: number): string | null {
  const before = yaml.slice(0, offset + yaml.slice(offset).indexOf('\n') + 1 || yaml.length);
  const rulesStart = before.search(/^rules:/mu);
  if (rulesStart < 0) return null;
  const ids = [...before.slice(rulesStart).matchAll(/^\s*- id:\s*([a-z0-9-]+)/gmu)];
  return ids.at(-1)?.[1] ?? null;
}
