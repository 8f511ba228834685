// Key figures and the arithmetic and year-fit findings on the four labelled reports, read by hand:
// every figure on 行政复议, 行政应诉, 规范性文件 and 调解 the reports state, and exactly the real
// problems — one: shuangjiang's 化解率95.2% where 527 ÷ 553 = 95.3%. The format variants must agree.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeReadEnv } from '../../src/cli/node-env.ts';
import { checkDocument } from '../../src/core/check.ts';
import { readDocument } from '../../src/core/read/index.ts';
import type { Report } from '../../src/core/report.ts';
import { defaultRules, repo, shared, textDoc } from '../helpers/docs.ts';

const STATED: Record<string, string[]> = {
  'hongtu-2023': [
    'normative-docs-cleanup 清理 0', // 清理机制，截至目前为0件
    'admin-litigation 案件 1', // 发生一起行政应诉案件
    'dispute-resolution 调解 296',
    'dispute-resolution 调解成功率 99.8',
  ],
  'liangyuan-2021': [
    'major-decisions 合法性审查 153',
    'normative-docs-review 审核 17',
    'open-government 主动公开 2761',
    'open-government 依申请公开收到 22',
    'open-government 依申请公开办结 22',
    'open-government 依申请公开办结率 100',
    'admin-litigation 案件 97',
    'admin-litigation 负责人出庭应诉率 100',
    'admin-reconsideration 受理 13',
    'admin-reconsideration 调解 3',
    'admin-reconsideration 办结 10',
    'dispute-resolution 调解 3159',
    'dispute-resolution 调解率 100',
    'dispute-resolution 调解成功率 97',
    'public-legal-services 法律咨询 306',
    'public-legal-services 法律援助案件 1',
    'public-legal-services 法律援助案件 419',
    'public-legal-services 法律援助·刑事 408',
    'public-legal-services 法律援助·民事 11',
    'public-legal-services 法律咨询 706',
  ],
  'shuangjiang-2023': [
    'dispute-resolution 排查 553',
    'dispute-resolution 化解 527',
    'dispute-resolution 化解率 95.2',
    'dispute-resolution 信访受理 86',
    'dispute-resolution 信访办结 86',
    'dispute-resolution 信访办结率 100',
    'admin-reconsideration 案件 0', // 2023年无行政复议案件和行政败诉案件
    'admin-litigation 败诉 0',
  ],
  'xiegou-2020': ['dispute-resolution 调解 50', 'dispute-resolution 调解率 100'],
};

const PROBLEMS: Record<string, string[]> = {
  'hongtu-2023': [],
  'liangyuan-2021': [],
  'shuangjiang-2023': ['rate-mismatch'],
  'xiegou-2020': [],
};

/** How many format variants of each report ../shared/fixtures holds. */
const VARIANTS: Record<string, number> = { 'hongtu-2023': 3, 'liangyuan-2021': 3, 'shuangjiang-2023': 7, 'xiegou-2020': 4 };

const OURS = new Set(['arithmetic', 'year-fit']);
const figuresOf = (r: Report) => (r.figures ?? []).map((f) => `${f.indicator} ${f.name} ${f.value}`);
const problemsOf = (r: Report) => r.findings.filter((f) => OURS.has(f.kind)).map((f) => f.code);

describe.each(Object.keys(STATED))('%s', (name) => {
  const text = readFileSync(shared(`corpus/dev/${name}.txt`), 'utf8');
  const report = checkDocument(textDoc(text), defaultRules(), { file: name });

  it('lists the figures the report states', () => {
    expect(figuresOf(report)).toEqual(STATED[name]);
    for (const f of report.figures ?? []) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('finds exactly the real problems', () => {
    expect(problemsOf(report)).toEqual(PROBLEMS[name]);
  });

  it('agrees on every docx, PDF, GB18030 and Traditional variant', async () => {
    const env = await nodeReadEnv();
    const variants = readdirSync(shared('fixtures')).filter((f) => f.startsWith(`${name}.`));
    expect(variants).toHaveLength(VARIANTS[name]);
    for (const file of variants) {
      const doc = await readDocument({ name: file, bytes: new Uint8Array(readFileSync(shared(`fixtures/${file}`))) }, env);
      const variant = checkDocument(doc, defaultRules(), { file });
      expect(figuresOf(variant), file).toEqual(STATED[name]);
      expect(problemsOf(variant), file).toEqual(PROBLEMS[name]);
    }
  }, 60_000);
});

// The blind held-out reports (tests/fixtures/heldout): the one real problem is town-qingshi's
// 深入推进“七五”普法工作 in a report on 2023. Their totals and rates all add up.
it('finds only the stale 普法 phase on the held-out reports', () => {
  const dir = 'tests/fixtures/heldout';
  const found = readdirSync(repo(dir))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => problemsOf(checkDocument(textDoc(readFileSync(repo(`${dir}/${f}`), 'utf8')), defaultRules(), { file: f })).map((code) => `${f} ${code}`));
  expect(found).toEqual(['town-qingshi-2023.txt stale-pufa']);
});

it('shows the computation of the one real inconsistency', () => {
  const report = checkDocument(textDoc(readFileSync(shared('corpus/dev/shuangjiang-2023.txt'), 'utf8')), defaultRules(), { file: 'shuangjiang' });
  expect(report.findings.find((f) => f.code === 'rate-mismatch')).toMatchObject({
    severity: 'warning',
    message: '化解率95.2%，但 527 ÷ 553 = 95.3%',
    evidence: [{ quote: '2023年我镇共排查553件，化解527件，稳控26件，化解率95.2%' }],
  });
});
