import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../scripts/lib/source.ts';
import { parseEdReport } from '../../scripts/kinds/ed-report/index.ts';
import { parseWgNote } from '../../scripts/kinds/wg-note/index.ts';
import { addresseesOf } from '../../scripts/kinds/narrative/recommendations.ts';
import { cleanLine, isPageFurniture, joinWrapped } from '../../scripts/kinds/narrative/lines.ts';
import { chineseNumeralValue, endsClosed, isHeadingLike } from '../../scripts/kinds/narrative/numbering.ts';
import { fixtureMeta } from './meta.ts';

describe('line forms', () => {
  test('page furniture is told by its form, not by values', () => {
    for (const t of [
      'E/CN.7/2022/3/Add.1',
      'E/CN.15/2031/4',
      'V.22-22288 2/4',
      '3/4 V.31-01234',
      'V.19-11111',
      'http://undocs.org/E/CN.7/2022/3-E/CN.15/2022/3',
      '12',
    ]) {
      expect(isPageFurniture(t), t).toBe(true);
    }
    for (const t of ['* E/CN.7/2022/1。', '一. 引言', '2022 年 12 月 8 日和 9 日，维也纳', '议程项目 4(a)']) {
      expect(isPageFurniture(t), t).toBe(false);
    }
  });

  test('markup is removed, the visible text of links and escaped marks kept', () => {
    expect(cleanLine('## 一. 引言')).toBe('一. 引言');
    expect(cleanLine('**加强联合国毒品和犯罪问题办公室**')).toBe('加强联合国毒品和犯罪问题办公室');
    expect(cleanLine('临时议程\\*\\*项目4、6和8')).toBe('临时议程**项目4、6和8');
    expect(cleanLine('临时议程**项目3和6')).toBe('临时议程**项目3和6');
    expect(cleanLine('见 [E/CN.7/2019/3/Add.1-E/CN.15/2019/3/Add.1](#) 号文件。')).toBe(
      '见 E/CN.7/2019/3/Add.1-E/CN.15/2019/3/Add.1 号文件。',
    );
    expect(cleanLine('可查阅 [www.unodc.org/CND/Mandate\\\\_Functions/x.html](http://www.unodc.org/CND/Mandate_Functions/x.html)。')).toBe(
      '可查阅 www.unodc.org/CND/Mandate_Functions/x.html。',
    );
    expect(cleanLine('可查阅 <https://golearn.unodc.org/lms/course/view.php?id=505>。')).toBe(
      '可查阅 https://golearn.unodc.org/lms/course/view.php?id=505。',
    );
  });

  test('wrapped lines join without a space at CJK, hyphens and curly quotes', () => {
    expect(joinWrapped('麻醉药品委员会第', '63/6 号')).toBe('麻醉药品委员会第63/6 号');
    expect(joinWrapped('《2021-', '2025 年战略》')).toBe('《2021-2025 年战略》');
    expect(joinWrapped('专题领域 3', '“预防和打击腐败”')).toBe('专题领域 3“预防和打击腐败”');
    expect(joinWrapped('Unite', 'Evaluations')).toBe('Unite Evaluations');
  });

  test('numbering and form', () => {
    expect([
      chineseNumeralValue('一'),
      chineseNumeralValue('十'),
      chineseNumeralValue('十二'),
      chineseNumeralValue('二十三'),
      chineseNumeralValue('甲'),
    ]).toEqual([1, 10, 12, 23, null]);
    expect(endsClosed('不妨：')).toBe(true);
    expect(endsClosed('“摇头丸”有卷土重来之势。”')).toBe(true);
    expect(endsClosed('进一步就')).toBe(false);
    expect(isHeadingLike('改进对世界毒品问题的监测和分析')).toBe(true);
    expect(isHeadingLike('请两委员会继续积极参与。')).toBe(false);
  });
});

describe('addressees of a recommendation', () => {
  test.each([
    ['麻醉药品委员会不妨鼓励会员国加强对研究的支持。', ['CND']],
    ['麻委会还不妨考虑如何加大努力。', ['CND']],
    ['预防犯罪和刑事司法委员会还可以讨论如何制定方法。', ['CCPCJ']],
    ['请两委员会继续积极参与实施战略。', ['both']],
    ['两个委员会似宜考虑请会员国：', ['both']],
    ['麻醉药品委员会和预防犯罪和刑事司法委员会似宜联系各自的任务授权提供进一步指导。', ['CND', 'CCPCJ']],
    // Only cited, not addressed:
    ['包括麻醉药品委员会 2014 年高级别审议部长级联合声明的承诺。', []],
  ])('%s', (text, expected) => {
    expect(addresseesOf(text)).toEqual(expected);
  });
});

function parse(kind: 'ed-report' | 'wg-note', text: string, symbolSource: 'printed' | 'inferred' = 'inferred') {
  const decoded = decodeSeed('input.txt', new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const meta = {
    ...fixtureMeta(kind, kind === 'ed-report' ? 'E/CN.7/2031/2-E/CN.15/2031/2' : 'E/CN.7/2031/3-E/CN.15/2031/3'),
    symbolSource,
  };
  return (kind === 'ed-report' ? parseEdReport : parseWgNote)({ source: decoded.source, meta });
}

/** A title page in the genre's fixed words, with invented numbers (another year, another session). */
const REPORT_HEAD = ['麻醉药品委员会', '', '第七十四届会议', '', '联合国毒品和犯罪问题办公室的活动', '', '执行主任的报告', ''];

describe('the genre, not the seed', () => {
  test('a heading "1." over paragraph 1 is told apart by the next line carrying the same number', () => {
    const out = parse(
      'ed-report',
      [...REPORT_HEAD, '一. 导言', '', 'A. 概况', '', '1. 新的举措', '', '1. 本报告概述 2030 年开展的活动。', '', '2. 另一段。'].join('\n'),
    );
    expect(out.problems).toEqual([]);
    expect(out.records.paragraphs.map((p) => [p.number, p.headingPath])).toEqual([
      ['1', ['一. 导言', 'A. 概况', '1. 新的举措']],
      ['2', ['一. 导言', 'A. 概况', '1. 新的举措']],
    ]);
  });

  test('prose that is neither numbered nor a continuation is an unplaced line', () => {
    const out = parse('ed-report', [...REPORT_HEAD, '一. 导言', '', '这一行没有段落编号，也不是标题。', '', '1. 第一段。'].join('\n'));
    expect(out.problems).toEqual([
      {
        file: 'input.txt',
        line: 11,
        severity: 'error',
        code: 'unplaced-line',
        message:
          'cannot place "这一行没有段落编号，也不是标题。": expected a numbered paragraph (1.), a heading or a continuation of a paragraph',
      },
    ]);
  });

  test('a symbol line for an inferred symbol is a warning; a printed symbol missing from the text too', () => {
    const body = ['一. 审议情况', '', '1. 工作组举行了会议。'];
    const head = ['预防犯罪和刑事司法委员会', '', '改进毒品和犯罪问题办公室治理和财务状况工作组的工作', '', '秘书处的说明', ''];
    const inferred = parse('wg-note', [...head, 'E/CN.7/2031/3', '', ...body].join('\n'), 'inferred');
    expect(inferred.problems.map((p) => p.code)).toEqual(['symbol-printed']);
    const printed = parse('wg-note', [...head, ...body].join('\n'), 'printed');
    expect(printed.problems.map((p) => p.code)).toEqual(['symbol-not-printed', 'symbol-not-printed']);
  });

  test('a repeated paragraph number is a discrepancy and an error naming both lines', () => {
    const out = parse('ed-report', [...REPORT_HEAD, '一. 导言', '', '1. 第一段。', '', '2. 第二段。', '', '2. 第三段。'].join('\n'));
    expect(out.problems.map((p) => [p.line, p.severity, p.code])).toEqual([
      [15, 'warning', 'numbering-discrepancy'],
      [15, 'error', 'duplicate-paragraph-number'],
    ]);
    expect(out.records.discrepancies.map((d) => [d.printed, d.computed])).toEqual([['2', '3']]);
  });

  test('in hard-wrapped text a footnote wrapped over two lines stays one footnote', () => {
    const lines = [
      '秘书处的说明',
      '',
      '',
      '',
      '一. 审议情况',
      '',
      '',
      '',
      '1. 工作组在本报告所述期间举行了会议，审议了',
      '',
      '议程项目下的议题。¹',
      '',
      '¹ 联合国出版物，出售品',
      '',
      '编号：E.31.XI.1。',
      '',
      '2. 会上还介绍了其他',
      '',
      '情况。',
    ];
    const out = parse('wg-note', ['预防犯罪和刑事司法委员会', '', '工作组的工作', '', ...lines].join('\n'));
    expect(out.problems).toEqual([]);
    expect(out.records.paragraphs.map((p) => [p.number, p.text, p.footnotes])).toEqual([
      ['1', '工作组在本报告所述期间举行了会议，审议了议程项目下的议题。', [{ mark: '1', text: '联合国出版物，出售品编号：E.31.XI.1。' }]],
      ['2', '会上还介绍了其他情况。', []],
    ]);
  });
});
