import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewDocx, reviewSubject, reviewTitle } from '../../../../src/core/batch/export/review-docx.ts';
import { STATUS_LABEL } from '../../../../src/core/batch/export/matrix-table.ts';
import { RESEND_NOTICE } from '../../../../src/core/batch/document-kind.ts';
import { review } from '../../../../src/core/verdicts/review.ts';
import { checkDocument } from '../../../../src/core/check.ts';
import { checkText, devReport } from '../../../helpers/dev-reports.ts';
import { defaultRules, repo, shared, textDoc } from '../../../helpers/docs.ts';
import { docxParagraphs, docxXml } from '../../../helpers/docx.ts';

// shuangjiang-2023 has weak and missing indicators and a finding on its figures.
const { report, text } = devReport('shuangjiang-2023.txt');
const weak = report.results.find((v) => v.status === 'weak' && v.evidence.length)!;
const missing = report.results.find((v) => v.status === 'missing')!;
const overruled = report.results.find((v) => v.status === 'present')!;
const overrides = { [overruled.id]: { status: 'weak' as const, reason: '只有一句原则性表述，没有具体举措和数据' } };
const subject = reviewSubject(report, text, overrides);

describe('审核意见 (docx)', async () => {
  const bytes = await reviewDocx(subject);
  const paragraphs = await docxParagraphs(bytes);
  const all = paragraphs.join('\n');

  it('is a Word document that opens: a zip with the document part', () => {
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(docxXml(bytes)).toContain('<w:body>');
  });

  it('opens with the title and the report checked, leaving the addressee blank when no body is named', () => {
    expect(paragraphs[0]).toBe(reviewTitle(subject));
    expect(paragraphs[0]).toMatch(/^关于《.+》的审核意见$/u);
    expect(subject.body).toBeNull();
    expect(paragraphs[1]).toBe('＿＿＿＿＿＿：');
    expect(paragraphs[2]).toContain('shuangjiang-2023.txt');
    expect(paragraphs[2]).toContain(`${report.year}年度`);
  });

  it('lists each weak and missing indicator with its reason, quoted evidence and advice', () => {
    expect(paragraphs).toContain(paragraphs.find((p) => p.endsWith(`${weak.title}：${STATUS_LABEL.weak}`)));
    expect(all).toContain(`理由：${weak.reason}`);
    expect(all).toContain(`原文：“${weak.evidence[0].quote.replace(/\s+/gu, ' ').trim()}”`);
    expect(all).toContain(`建议：${weak.advice}`);
    expect(paragraphs.some((p) => p.endsWith(`${missing.title}：${STATUS_LABEL.missing}`))).toBe(true);
    expect(all).toContain(`建议：${missing.advice}`);
  });

  it('gives the findings on figures', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(all).toContain(f.message);
  });

  it('follows the reviewer: the overruled indicator is listed as weak, with the override and its reason', () => {
    expect(paragraphs.some((p) => p.endsWith(`${overruled.title}：${STATUS_LABEL.weak}`))).toBe(true);
    expect(all).toContain('审核人改判的指标');
    expect(all).toContain(`${overruled.title}：检查结果为“具备”，审核人改判为“薄弱”。理由：${overrides[overruled.id].reason}`);
    const weakCount = report.results.filter((v) => v.status === 'weak').length + 1;
    expect(all).toContain(`薄弱 ${weakCount} 项`);
  });

  it('addresses the body that sent the report', async () => {
    const { report: liangyuan, text: liangyuanText } = devReport('liangyuan-2021.txt');
    const opening = await docxParagraphs(await reviewDocx(reviewSubject(liangyuan, liangyuanText)));
    expect(opening[1]).toBe('梁园区：');
  });

  it('closes with blanks for the reviewing unit and the date', () => {
    expect(paragraphs.at(-2)).toMatch(/^审核单位：＿+（盖章）$/u);
    expect(paragraphs.at(-1)).toBe('＿＿＿＿年＿＿月＿＿日');
  });

  it('uses the fonts and sizes of 公文: 小标宋 二号 title, 仿宋 三号 body, 四号 quotes', () => {
    const xml = docxXml(bytes);
    const runOf = (textPart: string) => [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/gu)].map((m) => m[1]).find((r) => r.includes(textPart))!;
    const title = runOf('的审核意见');
    expect(title).toMatch(/w:eastAsia="方正小标宋简体"/u);
    expect(title).toMatch(/<w:sz w:val="44"\/>/u);
    const body = runOf('已收悉');
    expect(body).toMatch(/w:eastAsia="仿宋"/u);
    expect(body).toMatch(/<w:sz w:val="32"\/>/u);
    expect(runOf('原文：')).toMatch(/<w:sz w:val="28"\/>/u);
    expect(runOf('一、总体意见')).toMatch(/w:eastAsia="黑体"/u);
  });

  it('asks for revision when there is something to mend, and only for publication when there is not', async () => {
    expect(paragraphs.at(-3)).toBe('请对照以上意见修改完善，并于规定时间内重新报送。');
    const allPresent = Object.fromEntries(report.results.map((v) => [v.id, { status: 'present' as const, reason: '复核后认定具备' }]));
    const cleared = { ...report, findings: [] };
    const good = await docxParagraphs(await reviewDocx(reviewSubject(cleared, text, allPresent)));
    expect(good.at(-3)).toBe('请按规定时限向社会公开。');
    expect(good.some((p) => p.endsWith('需要补充完善的指标'))).toBe(false);
  });

  it('without overrides has no override section', async () => {
    const plain = (await docxParagraphs(await reviewDocx({ ...subject, verdicts: review(report) }))).join('\n');
    expect(plain).not.toContain('审核人改判');
  });
});

describe('审核意见 for a document that is not the annual report', async () => {
  const path = shared('corpus/real-dev/n01-shanghai-govinfo-annual-2022.txt');
  const { report: other, text: otherText } = checkText('n01.txt', path);
  const paragraphs = await docxParagraphs(await reviewDocx(reviewSubject(other, otherText)));

  it('asks for the report to be sent again and says what was sent', () => {
    const overall = paragraphs.indexOf('一、总体意见');
    expect(paragraphs[overall + 1]).toBe(RESEND_NOTICE);
    expect(paragraphs[overall + 2]).toContain('政府信息公开工作年度报告');
    expect(readFileSync(path, 'utf8')).toContain('政府信息公开');
  });

  it('lists no indicators it lacks as a report, and closes asking for the report', () => {
    expect(paragraphs.some((p) => p.endsWith('需要补充完善的指标'))).toBe(false);
    expect(paragraphs.at(-3)).toBe('请核实后重新报送本单位的法治政府建设年度报告。');
  });
});

// A report with no title line (rightly 标题与报告年度: 薄弱) quotes, as the title's evidence, where
// its opening sentence first speaks of 法治政府建设; the reply must not take that for the title.
describe('审核意见 of a report without a title', async () => {
  const UNTITLED = repo('tests/fixtures/untitled/qinghe-2023.txt');
  const untitled = checkText('reports/青禾县报告.docx', UNTITLED);
  const opening = readFileSync(UNTITLED, 'utf8').split('\n')[0];
  const noBody = opening.replace('青禾县坚持', '我县坚持');

  it('is named by the issuing body and the year', async () => {
    expect(untitled.report.results.find((r) => r.id === 'report-title-year')!.status).toBe('weak');
    const subject = reviewSubject(untitled.report, untitled.text);
    expect(reviewTitle(subject)).toBe('关于青禾县2023年度法治政府建设情况报告的审核意见');
    expect((await docxParagraphs(await reviewDocx(subject)))[0]).toBe('关于青禾县2023年度法治政府建设情况报告的审核意见');
  });

  it('is named by the body in its own characters, never by a fragment of the sentence', () => {
    const traditional = '2023年，青禾縣人民政府深入推進法治政府建設，爲加快建設“工業強縣”，再創新時代“第一”。現將有關情況報告如下：\n一、主要舉措和成效\n全年審核規範性文件12件，法治政府建設納入考核。法治政府建設領導小組召開會議2次。';
    const report = checkDocument(textDoc(traditional), defaultRules(), { file: '報告.docx' });
    expect(reviewTitle(reviewSubject(report, traditional))).toBe('关于青禾縣人民政府2023年度法治政府建设情况报告的审核意见');
  });

  it('is named by its file when the text names no body', () => {
    const text = untitled.text.replace(opening, noBody);
    const report = checkDocument(textDoc(text), defaultRules(), { file: 'reports/青禾县报告.docx' });
    expect(reviewSubject(report, text).body).toBeNull();
    expect(reviewTitle(reviewSubject(report, text))).toBe('关于《青禾县报告》的审核意见');
  });

  it('keeps the title of a report that has one', () => {
    const titled = `青禾县关于2023年度法治政府建设情况的报告\n${untitled.text}`;
    const report = checkDocument(textDoc(titled), defaultRules(), { file: 'x.txt' });
    expect(reviewTitle(reviewSubject(report, titled))).toBe('关于《青禾县关于2023年度法治政府建设情况的报告》的审核意见');
  });
});
