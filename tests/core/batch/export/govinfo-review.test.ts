// The 审核意见 of a 政府信息公开年报: named as that report, its table findings listed.
import { describe, expect, it } from 'vitest';
import { reviewDocx, reviewSubject, reviewTitle } from '../../../../src/core/batch/export/review-docx.ts';
import { checkDocument } from '../../../../src/core/check.ts';
import { docxParagraphs } from '../../../helpers/docx.ts';
import { govinfoDoc, govinfoRules } from '../../../helpers/govinfo.ts';

describe('the 审核意见 of 洪泽区 2023', () => {
  it('names the report type and lists the broken identities of table 四', async () => {
    const doc = await govinfoDoc('hongze-district-2023.pdf');
    const report = checkDocument(doc, govinfoRules(), { file: 'hongze-district-2023.pdf' });
    const subject = reviewSubject(report, doc.text);
    expect(reviewTitle(subject)).toContain('政府信息公开工作年度报告');
    const paragraphs = await docxParagraphs(await reviewDocx(subject));
    expect(paragraphs.join('\n')).toContain('经对照政府信息公开工作年度报告的指标');
    expect(paragraphs.filter((p) => p.includes('表四'))).toHaveLength(2);
  });
});
