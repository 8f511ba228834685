import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCopied } from '../../../src/core/batch/copied.ts';
import { repo, shared } from '../../helpers/docs.ts';

const older = readFileSync(shared('corpus/dev/shuangjiang-2023.txt'), 'utf8');
const newer = readFileSync(repo('tests/fixtures/yoy/shuangjiang-2024.txt'), 'utf8');

describe('copied passages', () => {
  const copied = findCopied(older, newer);
  const newerQuotes = copied.passages.map((p) => p.newer.quote);

  it('finds the sentences carried over verbatim, with quotes at their offsets in both texts', () => {
    expect(copied.passages.length).toBeGreaterThan(40);
    for (const p of copied.passages) {
      expect(newer.slice(p.newer.start, p.newer.end)).toBe(p.newer.quote);
      expect(older.slice(p.older.start, p.older.end)).toBe(p.older.quote);
    }
    expect(newerQuotes).toContain('坚持用制度管权管事管人，坚持决策权、执行权、监督权既相互制约又相互协调。');
    expect(copied.share).toBeGreaterThan(0.6);
    expect(copied.share).toBeLessThan(1);
  });

  it('still finds a copied sentence whose numbers were updated', () => {
    const p = copied.passages.find((x) => x.newer.quote.includes('1935辆摩托车'));
    expect(p?.older.quote).toContain('1892辆摩托车');
    expect(p!.similarity).toBeLessThan(1);
  });

  it('leaves out rephrased and new sentences', () => {
    expect(newerQuotes.some((q) => q.includes('一窗综办'))).toBe(false);
    expect(newerQuotes.some((q) => q.includes('究其原因'))).toBe(false);
    expect(newerQuotes.some((q) => q.includes('收到行政复议申请2件'))).toBe(false);
  });

  // Where "nearly verbatim" ends, on sentences of about 45 characters: one name or phrase swapped
  // or the tail cut (bigram similarity 0.89–0.93) is still the same sentence; told again in other
  // words, the facts unchanged (0.68–0.77), it is not.
  const TRAINING = '组织全镇村干部和网格员开展民法典专题培训，邀请县司法局律师现场授课并解答群众提出的法律问题。';
  const RECONSIDERATION = '全年共办理行政复议案件26件，其中维持14件，撤销5件，责令履行3件，其余案件均已依法审结并送达当事人。';
  const lastYear = `${TRAINING}\n${RECONSIDERATION}`;
  const copiedFrom = (sentence: string) => findCopied(lastYear, sentence).passages.map((p) => p.older.quote);

  it.each([
    ['组织全镇村干部和网格员开展民法典专题培训，邀请县法律援助中心律师现场授课并解答群众提出的法律问题。', TRAINING],
    ['全年共办理行政复议案件26件，其中维持14件，撤销5件，确认违法3件，其余案件均已依法审结并送达当事人。', RECONSIDERATION],
    ['全年共办理行政复议案件26件，其中维持14件，撤销5件，责令履行3件，其余案件均已依法审结。', RECONSIDERATION],
  ])('counts a sentence with one phrase changed as copied: %s', (sentence, source) => {
    expect(copiedFrom(sentence)).toEqual([source]);
  });

  it.each([
    '邀请县司法局律师为全镇村干部和网格员讲授民法典，现场解答群众提出的各类法律问题。',
    '全镇村干部和网格员参加了民法典专题培训，县司法局律师现场授课，并解答了群众的法律问题。',
    '组织村干部、网格员参加民法典专题培训，请县司法局律师现场授课、解答群众提出的法律问题。',
  ])('does not count the same facts told in other words: %s', (sentence) => {
    expect(copiedFrom(sentence)).toEqual([]);
  });

  it('ignores set phrases every report shares, and short sentences', () => {
    const a = '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大精神。';
    const b = '2024年，全镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻党的二十大精神。';
    expect(findCopied(a, b).passages).toEqual([]);
    expect(findCopied('一是加强组织领导。', '一是加强组织领导。').passages).toEqual([]);
  });

  it('compares folded text: Traditional, full-width and spacing are no change', () => {
    const a = '全年共受理行政复议案件13件，已调解3件，办结10件，纠错率为百分之十五。';
    const b = '全年共受理行政復議案件１３件， 已調解３件，辦結１０件，糾錯率為百分之十五。';
    const [p] = findCopied(a, b).passages;
    expect(p.similarity).toBe(1);
    expect(p.newer.quote).toBe(b);
  });

  it('compares two 30,000-character reports', () => {
    const dev = ['hongtu-2023', 'liangyuan-2021', 'shuangjiang-2023', 'xiegou-2020'].map((f) => readFileSync(shared(`corpus/dev/${f}.txt`), 'utf8'));
    const big = (texts: string[]) => texts.join('\n').repeat(3).slice(0, 30000);
    const a = big(dev);
    const b = big([...dev].reverse());
    const result = findCopied(a, b);
    expect(result.passages.length).toBeGreaterThan(100);
  });
});
