import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../src/core/check.ts';
import { documentKind, documentKindLabel } from '../../../src/core/batch/document-kind.ts';
import { defaultRules, textDoc } from '../../helpers/docs.ts';

const kindOf = (text: string) => documentKind(checkDocument(textDoc(text), defaultRules(), { file: 'x.txt' }));

describe('the document kind of a batch row', () => {
  it('names the look-alike, not a word quoted among the signals', () => {
    const kind = kindOf('2023年上半年，我局依法行政工作有序开展，法治政府建设稳步推进。现将有关情况总结如下：');
    expect(kind).toMatchObject({ isReport: false, looksLike: '半年或季度工作总结' });
  });

  it('names none when the checker could not tell what the document is', () => {
    const kind = kindOf('今年春耕生产进展顺利。现将有关情况报告如下：全县播种面积达到10万亩。');
    expect(kind).toMatchObject({ isReport: false, looksLike: null });
    expect(documentKindLabel(kind)).toBe('不是年度报告');
  });

  it('is the report for a report', () => {
    expect(kindOf('××县人民政府关于2023年度法治政府建设情况的报告\n2023年，我县深入推进法治政府建设。')).toEqual({ isReport: true });
  });
});
