import { describe, expect, test } from 'vitest';
import {
  deriveAdoption,
  findReferences,
  printedYear,
  normalizeResolutionNumber,
  normalizeSymbol,
  officialSymbol,
  resolutionId,
  type FoundReference,
} from '../../core/references.ts';
import type { Body, DocumentKind } from '../../core/schemas/common.ts';
import { joinBroken } from '../../core/text.ts';
import { fixtureTests } from './fixtures.ts';

const fascicle = { documentKind: 'budget-fascicle' as const };
/** body, kind, number of each resolution reference; symbols as `symbol:…`. */
const brief = (refs: FoundReference[]) =>
  refs.map((r) => (r.type === 'symbol' ? `symbol:${r.symbol}` : `${r.body ?? '?'}/${r.bodyBasis}/${r.kind}/${r.number}`));

describe('findReferences: resolutions and decisions', () => {
  test.each<[string, string, string[], DocumentKind?]>([
    ['body named', '大会第 74/247 号决议决定设立', ['GA/stated/resolution/74/247']],
    [
      'one body, a list with 等 and a part letter',
      '根据大会第 45/179、46/152 和 46/185 C 号等决议',
      ['GA/stated/resolution/45/179', 'GA/list/resolution/46/152', 'GA/list/resolution/46/185 C'],
    ],
    [
      'a list whose members share the body named before the first',
      '根据麻醉药品委员会第56/9号、第59/3号和第64/2号决议、经济及社会理事会第1999/22号和第1999/23号决议以及预防犯罪和刑事司法委员会第27/4号决议',
      [
        'CND/stated/resolution/56/9',
        'CND/list/resolution/59/3',
        'CND/list/resolution/64/2',
        'ECOSOC/stated/resolution/1999/22',
        'ECOSOC/list/resolution/1999/23',
        'CCPCJ/stated/resolution/27/4',
      ],
    ],
    ['decision', '本说明系依据经济及社会理事会第 2022/316 号决定（其中', ['ECOSOC/stated/decision/2022/316']],
    ['Security Council, year in brackets without a space', '安全理事会第 2331(2016)号决议', ['SC/stated/resolution/2331 (2016)']],
    ['short name of ECOSOC', '经社理事会第 2017/18 号决议', ['ECOSOC/stated/resolution/2017/18']],
    ['CCPCJ', '预防犯罪和刑事司法委员会第 27/4 号决议', ['CCPCJ/stated/resolution/27/4']],
    [
      'the same number 9/1 for two conferences',
      '联合国打击跨国有组织犯罪公约缔约方会议第 9/1 号决议和联合国反腐败公约缔约国会议第 9/1 号决议',
      ['COP-UNTOC/stated/resolution/9/1', 'COSP-UNCAC/stated/resolution/9/1'],
    ],
    [
      'the same number 48/12 for the GA and the CND',
      '大会第 48/12 号决议和麻醉药品委员会第 48/12 号决议',
      ['GA/stated/resolution/48/12', 'CND/stated/resolution/48/12'],
    ],
    [
      'a resolution and a decision with one number of one body',
      '麻醉药品委员会第 50/2 号决议和第 50/2 号决定',
      ['CND/stated/resolution/50/2', 'CND/list/decision/50/2'],
    ],
    [
      'short conference name with a session and a quoted title',
      '反腐败公约缔约国会议第九届会议通过了题为“关于在紧急情况期间加强国际合作，预防腐败的宣言”的第 9/1 号决议。',
      ['COSP-UNCAC/stated/resolution/9/1'],
    ],
    [
      '缔约国会议 alone: certain when only UNCAC is named',
      '《联合国反腐败公约》的执行：缔约国会议第 8/1 号决议',
      ['COSP-UNCAC/inferred/resolution/8/1'],
    ],
    ['缔约方会议 alone with nothing to settle it', '缔约方会议第 9/1 号决议', ['?/inferred/resolution/9/1']],
    ['bare GA-form number in a fascicle: GA by convention', '** 根据第 72/266 A 号决议第 11 段的规定', ['GA/inferred/resolution/72/266 A']],
    ['bare number not of the GA form in a fascicle', '根据第 27/4 号决议', ['?/inferred/resolution/27/4']],
    ['bare GA-form number outside a fascicle', '根据第 72/266 A 号决议', ['?/inferred/resolution/72/266 A'], 'ed-report'],
    [
      'pinpoints between list members',
      '按照大会第 2491(XXIII)号决议所定、第 41/176、42/25 号决议第六节和第 43/217 号决议第九节修订的规定编列',
      ['GA/stated/resolution/2491 (XXIII)', 'GA/list/resolution/41/176', 'GA/list/resolution/42/25', 'GA/list/resolution/43/217'],
    ],
    [
      'a resolution and a decision in one list',
      '授权：大会第 74/247 号决议和第 74/567 号决定',
      ['GA/stated/resolution/74/247', 'GA/list/decision/74/567'],
    ],
    [
      'the Crime Congress is not the General Assembly',
      '根据联合国大会关于第十四届预防犯罪大会的第 76/181 号决议',
      ['GA/stated/resolution/76/181'],
    ],
    ['date between body and number', '大会 2011 年 7 月 14 日第 65/308 号决议决定', ['GA/stated/resolution/65/308']],
    ['body before 在', '经济及社会理事会在第 2011/42 号决议中请', ['ECOSOC/stated/resolution/2011/42']],
    [
      'ECOSOC numbers of the 1960s',
      '经济及社会理事会第 1966/1106(XL)和 1967/1196 (XLII)号决议',
      ['ECOSOC/stated/resolution/1966/1106 (XL)', 'ECOSOC/list/resolution/1967/1196 (XLII)'],
    ],
    ['special session', '大会第 S-30/1 号决议', ['GA/stated/resolution/S-30/1']],
    [
      'number wrapped before 号 and joined without a space',
      '预防犯罪和刑事司法委员会第 18/3 号、第 20/1号和第\n63/6 号决议',
      ['CCPCJ/stated/resolution/18/3', 'CCPCJ/list/resolution/20/1', 'CCPCJ/list/resolution/63/6'],
    ],
    ['full-width digits and slash', '大会第７４／２４７号决议', ['GA/stated/resolution/74/247']],
    [
      'a resolution symbol is a resolution',
      '见 A/RES/74/247 和 S/RES/2331(2016)',
      ['GA/stated/resolution/74/247', 'SC/stated/resolution/2331 (2016)'],
    ],
    [
      'a list closed by 诸项决议',
      '麻醉药品委员会第 52/13 号、第 54/10 号和第 60/3 号诸项决议以及预防犯罪和刑事司法委员会第 18/3 号和第 26/1 号诸项决议编写',
      [
        'CND/stated/resolution/52/13',
        'CND/list/resolution/54/10',
        'CND/list/resolution/60/3',
        'CCPCJ/stated/resolution/18/3',
        'CCPCJ/list/resolution/26/1',
      ],
    ],
    [
      'a body that is the topic of 关于…的 is not the adopter',
      '审查大会关于加强经济及社会理事会的第 68/1 号决议的执行情况',
      ['GA/stated/resolution/68/1'],
    ],
    [
      'a mandate title citing a GA resolution',
      '执行大会关于预防犯罪和刑事司法领域业务活动与协调的第 46/152 号决议',
      ['GA/stated/resolution/46/152'],
    ],
    ['a body right before 第 after 关于 is the adopter', '关于大会第 74/247 号决议的报告', ['GA/stated/resolution/74/247']],
    ['a body in another clause is not taken', '大会审议了报告。根据第 12/3 号决议', ['?/inferred/resolution/12/3']],
  ])('%s', (_name, text, expected, kind) => {
    expect(brief(findReferences(text, kind ? { documentKind: kind } : fascicle))).toEqual(expected);
  });

  test('the reference as printed runs from the body to 号决议, shared by a list', () => {
    const refs = findReferences('根据大会第 46/152、56/119 和 74/171 号决议以及', fascicle);
    expect(refs.map((r) => [r.text, r.index])).toEqual(Array(3).fill(['大会第 46/152、56/119 和 74/171 号决议', 2]));
  });

  test('full-width input keeps the printed text and its offset', () => {
    const [ref] = findReferences('见大会第７４／２４７号决议', fascicle);
    expect(ref).toMatchObject({ number: '74/247', text: '大会第７４／２４７号决议', index: 1 });
  });

  test.each([
    '',
    '第',
    '第 号决议',
    '号决议号决定',
    '第/号决议',
    '第 74/ 号决议',
    '大会第 ////// 号决议',
    '((((( 《《《 》',
    'A/',
    'A/RES/',
    '\u0000\uffff第 1/1',
    '第 99999/99999 号决议',
    '大会'.repeat(5000),
    '第 1/1、'.repeat(2000),
  ])('garbage does not throw: %j', (text) => {
    expect(() => findReferences(text, fascicle)).not.toThrow();
  });

  test('non-string input gives nothing', () => {
    expect(findReferences(undefined as unknown as string, fascicle)).toEqual([]);
  });
});

describe('findReferences: document symbols', () => {
  test.each<[string, string, string[]]>([
    ['add', '([A/75/339/Add.1](#), 第 1 269 段)', ['symbol:A/75/339/Add.1']],
    [
      'section and corrigendum',
      '(A/75/6 (Sect. 16)和 A/75/6 (Sect. 16)/Corr.1)所示',
      ['symbol:A/75/6 (Sect. 16)', 'symbol:A/75/6 (Sect. 16)/Corr.1'],
    ],
    ['section', '2020 年拟议方案预算(A/74/6 (Sect. 16))所示。', ['symbol:A/74/6 (Sect. 16)']],
    ['joint symbol: each part', '见 E/CN.7/2022/3-E/CN.15/2022/3 号文件', ['symbol:E/CN.7/2022/3', 'symbol:E/CN.15/2022/3']],
    ['joint symbol with a year series', '(见 E/2009/28-E/CN.7/2009/12, 第一章, C 节)', ['symbol:E/2009/28', 'symbol:E/CN.7/2009/12']],
    ['plain', '* A/76/50。 \\* E/CN.7/2022/1。', ['symbol:A/76/50', 'symbol:E/CN.7/2022/1']],
    ['conference room paper', '（见 E/CN.7/2021/CRP.13-E/CN.15/2021/CRP.7）', ['symbol:E/CN.7/2021/CRP.13', 'symbol:E/CN.15/2021/CRP.7']],
    [
      'Joint Inspection Unit report',
      '见联合检查组的报告（JIU/REP/2010/10）和内部监督事务厅的报告（AE2010/360/01）',
      ['symbol:JIU/REP/2010/10'],
    ],
    [
      'UNODC conference series',
      '（CTOC/COP/2020/10 和 CAC/COSP/2019/17/Add.1）',
      ['symbol:CTOC/COP/2020/10', 'symbol:CAC/COSP/2019/17/Add.1'],
    ],
    ['grades and form names are not symbols', '13 个 P-2/1、表 B/P 和表 D', []],
    ['not a UN symbol, not in a URL', '（HS/1232/09E） http://undocs.org/E/CN.7/2022/3', []],
    ['misprinted bracket still read, under the UN form', '(A/75/6 (Sect. 16/Corr.1)所示', ['symbol:A/75/6 (Sect. 16)/Corr.1']],
  ])('%s', (_name, text, expected) => {
    expect(brief(findReferences(text, fascicle))).toEqual(expected);
  });

  test('a misprinted symbol keeps its printed text', () => {
    expect(findReferences('(A/75/6 (Sect. 16/Corr.1)所示', fascicle)[0]).toMatchObject({
      text: 'A/75/6 (Sect. 16/Corr.1)',
      symbol: 'A/75/6 (Sect. 16)/Corr.1',
    });
  });

  test('normalizeSymbol', () => {
    expect(normalizeSymbol('Ａ/75/6(Sect.16)')).toBe('A/75/6 (Sect. 16)');
    expect(normalizeSymbol('A/ 75/6')).toBe('A/75/6');
  });
});

describe('numbers and identities', () => {
  test.each([
    ['74 / 247', '74/247'],
    ['72/266A', '72/266 A'],
    ['72/266 A', '72/266 A'],
    ['2331(2016)', '2331 (2016)'],
    ['2491(XXIII)', '2491 (XXIII)'],
    ['S–30/1', 'S-30/1'],
    ['７４／２４７', '74/247'],
    ['1(XXXIII)', '1 (XXXIII)'],
  ])('normalizeResolutionNumber(%s) = %s', (raw, expected) => {
    expect(normalizeResolutionNumber(raw)).toBe(expected);
  });

  test.each<[Body, 'resolution' | 'decision', string, string]>([
    ['GA', 'resolution', '74/247', 'ga-resolution-74-247'],
    ['GA', 'resolution', '72/266 A', 'ga-resolution-72-266-a'],
    ['GA', 'decision', '74/550 B', 'ga-decision-74-550-b'],
    ['SC', 'resolution', '2331 (2016)', 'sc-resolution-2331-2016'],
    ['GA', 'resolution', '2491 (XXIII)', 'ga-resolution-2491-xxiii'],
    ['GA', 'resolution', 'S-30/1', 'ga-resolution-s-30-1'],
    ['COP-UNTOC', 'resolution', '9/1', 'cop-untoc-resolution-9-1'],
    ['COSP-UNCAC', 'resolution', '9/1', 'cosp-uncac-resolution-9-1'],
    ['CND', 'decision', '50/2', 'cnd-decision-50-2'],
  ])('resolutionId(%s, %s, %s) = %s', (body, kind, number, id) => {
    expect(resolutionId(body, kind, number)).toBe(id);
  });

  test.each<[Body, string, number | null, number | null, [number, number] | null]>([
    ['GA', '74/247', null, 74, [2019, 2020]],
    ['GA', '65/308', null, 65, [2010, 2011]],
    ['GA', '74/550 B', null, 74, [2019, 2020]],
    ['GA', '2491 (XXIII)', null, 23, [1968, 1969]],
    ['GA', 'S-30/1', 2016, null, [2016, 2016]],
    ['GA', 'S-20/2', 1998, null, [1998, 1998]],
    ['SC', '2331 (2016)', 2016, null, [2016, 2016]],
    ['ECOSOC', '2017/18', 2017, null, [2017, 2017]],
    ['ECOSOC', '1966/1106 (XL)', 1966, 40, [1966, 1966]],
    ['CND', '56/9', 2013, 56, [2013, 2013]],
    ['CND', '1 (XXXIII)', null, 33, null],
    ['CCPCJ', '27/4', 2018, 27, [2018, 2018]],
    ['COP-UNTOC', '9/1', 2018, 9, [2018, 2018]],
    ['COSP-UNCAC', '9/1', 2021, 9, [2021, 2021]],
    ['COSP-UNCAC', '4/6', 2011, 4, [2011, 2011]],
  ])('deriveAdoption(%s, %s) = year %s, session %s, session years %j', (body, number, year, session, sessionYears) => {
    expect(deriveAdoption(body, number)).toEqual({ year, session, sessionYears });
  });

  test.each<[string, string, number | null]>([
    ['大会 2011 年 7 月 14 日第 65/308 号决议决定接纳南苏丹', '65/308', 2011],
    ['大会 2006 年第 60/288 号决议通过的', '60/288', 2006],
    ['根据公约缔约方大会 2018 年通过的第 9/1 号决议', '9/1', 2018],
    ['大会在第 74/550 B 号决定中决定大会将于 2021 年 3 月举行', '74/550 B', null],
    ['大会 2011 年 7 月 14 日第 65/308 号决议', '65/309', null],
  ])('printedYear(%s, %s) = %s', (text, number, year) => {
    expect(printedYear(text, number)).toBe(year);
  });

  test.each<[Body, 'resolution' | 'decision', string, string | null]>([
    ['GA', 'resolution', '74/247', 'A/RES/74/247'],
    ['GA', 'resolution', '72/266 A', 'A/RES/72/266 A'],
    ['GA', 'resolution', '2491 (XXIII)', 'A/RES/2491(XXIII)'],
    ['GA', 'resolution', 'S-30/1', 'A/RES/S-30/1'],
    ['GA', 'decision', '74/550 B', null],
    ['ECOSOC', 'resolution', '2017/18', 'E/RES/2017/18'],
    ['ECOSOC', 'resolution', '1966/1106 (XL)', 'E/RES/1106(XL)'],
    ['ECOSOC', 'decision', '2022/316', null],
    ['SC', 'resolution', '2331 (2016)', 'S/RES/2331(2016)'],
    ['CND', 'resolution', '56/9', null],
    ['COP-UNTOC', 'resolution', '9/1', null],
  ])('officialSymbol(%s, %s, %s) = %s', (body, kind, number, symbol) => {
    expect(officialSymbol(body, kind, number)).toBe(symbol);
  });
});

describe('findReferences fixtures (real paragraphs)', () => {
  // Folder names start with the genre; `wrapped` inputs are hard-wrapped and joined the way the parsers join lines.
  fixtureTests('references', (input, caseName) => {
    const documentKind: DocumentKind = caseName.startsWith('fascicle')
      ? 'budget-fascicle'
      : caseName.startsWith('ed-report')
        ? 'ed-report'
        : 'wg-note';
    const lines = input
      .split('\n')
      .map((text, i) => ({ line: i + 1, text }))
      .filter((l) => l.text.trim() !== '');
    if (caseName.includes('wrapped')) {
      const text = lines.map((l) => l.text.trim()).reduce((a, b) => joinBroken(a, b), '');
      return [{ line: lines[0]?.line ?? 1, references: findReferences(text, { documentKind }) }];
    }
    return lines
      .map((l) => ({ line: l.line, references: findReferences(l.text, { documentKind }) }))
      .filter((l) => l.references.length > 0);
  });
});
