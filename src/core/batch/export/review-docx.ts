// 审核意见: the reviewer's reply to the body that sent the report, as the Word document an office
// sends back (title, addressee, the report checked, the overall verdict, what to improve with the
// reason, the quoted text and the advice, the findings on figures and dates, the reviewer's
// overrides, and a closing with blanks for the unit and the date).
//
// Laid out after GB/T 9704 (党政机关公文格式): A4 with its margins, title in 小标宋 二号, body in
// 仿宋 三号 with two characters of first-line indent, first-level headings in 黑体, second-level in
// 楷体, quotes in 四号. Word takes one font name per run, so the body fonts are the ones every
// Chinese Windows has (仿宋, 黑体, 楷体; 仿宋_GB2312 is only on older machines); the title names
// 方正小标宋简体, which offices that write 公文 have installed, and Word and WPS show it in 宋体
// where it is missing. Digits and Latin letters are in Times New Roman, as in 公文.
//
// Written with the `docx` library, which packs the file itself (fflate) without Node or the DOM,
// so the CLI and the app write the same bytes.

import { AlignmentType, convertMillimetersToTwip, Document, LineRuleType, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { ANNUAL_REPORT, type Evidence, type Finding, type Report } from '../../report.ts';
import { countStatuses, NOT_A_REPORT, overall, review, type Overall, type Override, type ReviewedVerdict } from '../../verdicts/review.ts';
import { documentKind, RESEND_NOTICE } from '../document-kind.ts';
import { reportBody } from '../issuing-body.ts';
import { STATUS_LABEL } from './matrix-table.ts';

export interface ReviewSubject {
  report: Report;
  /** The verdicts as the reviewer left them: overrides included. */
  verdicts: readonly ReviewedVerdict[];
  /** The issuing body (reportBody), the addressee of the reply; null when unknown. */
  body: string | null;
}

/** A checked report as the reviewer left it; `text` is its extracted text, which names the body. */
export function reviewSubject(report: Report, text: string | undefined, overrides: Readonly<Record<string, Override>> = {}): ReviewSubject {
  return bodiedReviewSubject(report, reportBody(report, text), overrides);
}

/** The same, when the body was worked out already (a batch keeps it instead of the text). */
export function bodiedReviewSubject(report: Report, body: string | null, overrides: Readonly<Record<string, Override>> = {}): ReviewSubject {
  return { report, verdicts: review(report, overrides), body };
}

/** Half-points, as Word counts font sizes. */
const SIZE = { 二号: 44, 三号: 32, 四号: 28 } as const;
const FONT = { title: '方正小标宋简体', body: '仿宋', heading: '黑体', subheading: '楷体', latin: 'Times New Roman' } as const;
/** GB/T 9704: 22 lines to the page, about 28.95 pt each. */
const LINE = 579;
const INDENT = 2 * 20 * 16;
const QUOTES_PER_INDICATOR = 2;
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export async function reviewDocx(subject: ReviewSubject): Promise<Uint8Array> {
  const document = new Document({
    creator: '年报体检',
    title: reviewTitle(subject),
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.三号 } } } },
    sections: [{ properties: { page: PAGE }, children: reviewParagraphs(subject) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const PAGE = {
  size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
  margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
};

/** 关于《梁园区2023年度法治政府建设情况的报告》的审核意见. A report whose title does not name it
 *  and its year is named by its body and year (关于××县2023年度法治政府建设情况报告的审核意见),
 *  else, like a document that is not the report, by its file: never by a sentence of its text. */
export function reviewTitle({ report, body }: ReviewSubject): string {
  const title = report.results.find((r) => r.id === 'report-title-year');
  // Only a present verdict is sure to quote a title: a weak one may quote where the body first
  // speaks of the subject, a fragment of its opening sentence.
  const quoted = title?.status === 'present' ? title.evidence[0]?.quote : undefined;
  if (quoted) return `关于《${oneLine(quoted)}》的审核意见`;
  const kind = report.ruleset.name && report.ruleset.name !== ANNUAL_REPORT ? report.ruleset.name : '法治政府建设情况报告';
  if (body && documentKind(report).isReport) return `关于${body}${report.year ? `${report.year}年度` : ''}${kind}的审核意见`;
  return `关于《${fileStem(report.file)}》的审核意见`;
}

function reviewParagraphs(subject: ReviewSubject): Paragraph[] {
  const numbered = numberedSections(subject).map(([heading, ...rest], i) => [headingParagraph(`${chineseNumber(i + 1)}、${heading}`), ...rest.map(bodyParagraph)]);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: LINE }, children: [run(reviewTitle(subject), FONT.title, SIZE.二号)] }),
    plainParagraph(`${subject.body ?? '＿＿＿＿＿＿'}：`),
    bodyParagraph(receipt(subject.report)),
    ...numbered.flat(),
    bodyParagraph(closing(subject)),
    new Paragraph({ spacing: { before: LINE * 2, line: LINE, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.RIGHT, children: [run('审核单位：＿＿＿＿＿＿＿＿（盖章）')] }),
    new Paragraph({ spacing: { line: LINE, lineRule: LineRuleType.EXACT }, alignment: AlignmentType.RIGHT, children: [run('＿＿＿＿年＿＿月＿＿日')] }),
  ];
}

/** The sections that have something to say. The wrong document sent gets no list of what it
 *  lacks as a report: the reply asks for the report itself. */
function numberedSections(subject: ReviewSubject): Section[] {
  const content = documentKind(subject.report).isReport ? [indicatorSection(subject), findingSection(subject.report)] : [];
  return [overallSection(subject), ...content, overrideSection(subject)].filter((s) => s.length > 1);
}

function closing({ report, verdicts }: ReviewSubject): string {
  if (!documentKind(report).isReport) return `请核实后重新报送本单位的${report.ruleset.name ?? ANNUAL_REPORT}。`;
  const nothingToMend = overall(report, verdicts).kind === 'good' && !report.findings.length;
  return nothingToMend ? '请按规定时限向社会公开。' : '请对照以上意见修改完善，并于规定时间内重新报送。';
}

/** The report checked: its file, format, year and how it was checked. */
function receipt(report: Report): string {
  const year = report.year ? `${report.year}年度，` : '';
  return `你单位报送的《${baseName(report.file)}》（${year}${report.format.toUpperCase()} 文件）已收悉。经对照${report.ruleset.name ?? ANNUAL_REPORT}的指标（规则集 ${report.ruleset.id} ${report.ruleset.version}）逐项审核，现将审核意见反馈如下。`;
}

type Section = [heading: string, ...lines: Line[]];
/** A body line: plain text, or a sub-heading in 楷体, or a quote in the smaller size. */
type Line = string | { subheading: string } | { quote: string };

function overallSection({ report, verdicts }: ReviewSubject): Section {
  const kind = documentKind(report);
  if (!kind.isReport) return ['总体意见', RESEND_NOTICE, kind.message];
  const counts = countStatuses(verdicts);
  const tally = `共审核 ${verdicts.length} 项指标：具备 ${counts.present} 项，薄弱 ${counts.weak} 项，缺失 ${counts.missing} 项。`;
  return ['总体意见', `${overallSentence(overall(report, verdicts))}${tally}`];
}

function overallSentence(o: Overall): string {
  switch (o.kind) {
    case 'not-report': return RESEND_NOTICE;
    case 'missing-parts': return `报告缺少必备部分（${o.titles.join('、')}），请补充后重新报送。`;
    case 'weak-parts': return `报告结构基本完整，但有 ${o.count} 个必备部分内容薄弱，请修改完善后再公开。`;
    case 'work-gaps': return `报告结构完整，工作内容有 ${o.count} 项薄弱或缺失，请补充具体举措和数据。`;
    case 'good': return '报告结构完整，工作内容齐全，未发现明显问题。';
  }
}

function indicatorSection({ verdicts }: ReviewSubject): Section {
  const lines = verdicts
    .filter((v) => v.effective !== 'present')
    .flatMap((v, i): Line[] => [
      { subheading: `（${chineseNumber(i + 1)}）${v.title}：${STATUS_LABEL[v.effective]}` },
      `理由：${oneLine(v.override ? v.override.reason : v.reason)}`,
      ...v.evidence.slice(0, QUOTES_PER_INDICATOR).map((e) => ({ quote: `原文：“${oneLine(e.quote)}”${where(e)}` })),
      ...(v.advice ? [`建议：${oneLine(v.advice)}`] : []),
    ]);
  return ['需要补充完善的指标', ...lines];
}

/** The findings on figures, dates and the input; the document type is the overall verdict's. */
function findingSection({ findings }: Report): Section {
  const listed = findings.filter((f) => f.code !== NOT_A_REPORT);
  return ['数据、日期等方面的问题', ...listed.flatMap(findingLines)];
}

function findingLines(f: Finding, i: number): Line[] {
  const quote = f.evidence[0];
  return [`${i + 1}. ${oneLine(f.message)}`, ...(quote ? [{ quote: `原文：“${oneLine(quote.quote)}”${where(quote)}` }] : [])];
}

function overrideSection({ verdicts }: ReviewSubject): Section {
  const lines = verdicts
    .filter((v) => v.override)
    .map((v, i) => `${i + 1}. ${v.title}：检查结果为“${STATUS_LABEL[v.status]}”，审核人改判为“${STATUS_LABEL[v.override!.status]}”。理由：${oneLine(v.override!.reason)}`);
  return ['审核人改判的指标', ...lines];
}

function headingParagraph(text: string): Paragraph {
  return new Paragraph({ indent: { firstLine: INDENT }, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(text, FONT.heading)] });
}

function bodyParagraph(line: Line): Paragraph {
  if (typeof line === 'string') return new Paragraph({ alignment: AlignmentType.BOTH, indent: { firstLine: INDENT }, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(line)] });
  if ('subheading' in line) return new Paragraph({ indent: { firstLine: INDENT }, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(line.subheading, FONT.subheading)] });
  // The report's own words in 四号, a size down, set apart from the reviewer's.
  return new Paragraph({ alignment: AlignmentType.BOTH, indent: { firstLine: INDENT }, spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(line.quote, FONT.body, SIZE.四号)] });
}

/** The addressee line starts at the margin. */
function plainParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(text)] });
}

function run(text: string, eastAsia: string = FONT.body, size: number = SIZE.三号): TextRun {
  return new TextRun({ text, font: font(eastAsia), size } satisfies IRunOptions);
}

function font(eastAsia: string) {
  return { eastAsia, ascii: FONT.latin, hAnsi: FONT.latin };
}

function where(e: Evidence): string {
  const parts = [e.page ? `第 ${e.page} 页` : null, e.section ? oneLine(e.section) : null].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

/** 1 → 一, 10 → 十, 26 → 二十六: the numbering of 公文 headings (below 100, as many as indicators). */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ''}${tens ? '十' : ''}${DIGITS[n % 10]}`;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/u, '');
}

/** "reports/梁园区.pdf" → "梁园区" */
export function fileStem(file: string): string {
  return baseName(file).replace(/\.[^.]*$/u, '') || '报告';
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
