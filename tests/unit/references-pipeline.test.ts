import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildReferences, naturalCompare } from '../../scripts/pipeline/references.ts';
import { emptyRecords } from '../../scripts/kinds/records.ts';
import type { Mandate } from '../../core/schemas/mandate.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import { collectionSchemas } from '../../core/schemas/collections.ts';
import { readSeedFolder } from '../../scripts/pipeline/seeds.ts';
import { metaFor, runPipeline } from '../../scripts/pipeline/run.ts';
import { decodeSeed } from '../../scripts/lib/source.ts';
import { fixtureMeta } from './meta.ts';

const fascicle = fixtureMeta('budget-fascicle', 'A/76/6 (Sect. 16)', '000.txt');
const report = fixtureMeta('ed-report', 'E/CN.7/2022/2-E/CN.15/2022/2', '001.txt');
const note = fixtureMeta('wg-note', 'E/CN.7/2022/3-E/CN.15/2022/3', '002.txt');

function mandate(list: string, k: number, fields: Partial<Mandate>): Mandate {
  return {
    id: `${fascicle.documentId}/mandates/${list}/${k}`,
    document: fascicle.symbol,
    documentId: fascicle.documentId,
    list,
    heading: '大会决议',
    body: 'GA',
    kind: 'resolution',
    number: null,
    title: null,
    titleRepair: null,
    resolution: null,
    line: 1,
    ...fields,
  };
}
function paragraph(
  meta: typeof fascicle,
  number: string,
  text: string,
  lines: [number, number],
  footnotes: Paragraph['footnotes'] = [],
): Paragraph {
  return {
    id: `${meta.documentId}/${number}`,
    document: meta.symbol,
    documentId: meta.documentId,
    number,
    printedNumber: null,
    text,
    headingPath: [],
    unit: null,
    result: null,
    footnotes,
    lines,
    url: `/documents/${meta.documentId}/#para-${number}`,
  };
}

function corpus() {
  const records = emptyRecords();
  records.mandates.push(
    mandate('2', 1, {
      heading: '麻醉药品委员会决议和决定',
      body: 'CND',
      number: '48/12',
      title: '扩大社区…能力',
      resolution: 'cnd-resolution-48-12',
      line: 577,
    }),
    mandate('2', 2, {
      heading: '麻醉药品委员会决议和决定',
      body: 'CND',
      kind: 'decision',
      number: '50/2',
      title: '对屈大麻酚…审查',
      resolution: 'cnd-decision-50-2',
      line: 632,
    }),
    mandate('2', 3, {
      heading: '麻醉药品委员会决议和决定',
      body: 'CND',
      number: '50/2',
      title: '关于…旅行者的规定',
      resolution: 'cnd-resolution-50-2',
      line: 580,
    }),
    mandate('6', 1, { number: '48/12', title: '加强国际合作禁止…的措施', resolution: 'ga-resolution-48-12', line: 1452 }),
    mandate('6', 2, { number: '74/247', title: '打击为犯罪目的使用信息和通信技术行为', resolution: 'ga-resolution-74-247', line: 1460 }),
    mandate('1', 1, { number: '74/247', title: '打击为犯罪目的使用信息和通信技术行为', resolution: 'ga-resolution-74-247', line: 353 }),
    mandate('1', 2, { number: '74/247', title: '打击为犯罪目的使用信息和通信技术的行为', resolution: 'ga-resolution-74-247', line: 354 }),
    mandate('1', 3, { heading: '公约', body: null, kind: 'instrument', title: '《联合国反腐败公约》', line: 340 }),
  );
  records.paragraphs.push(
    paragraph(
      fascicle,
      '16.25',
      '大会第 74/247 号决议决定设立一个特设委员会。',
      [234, 234],
      [{ mark: '2', text: '2020 年拟议方案预算(A/74/6 (Sect. 16))所示。' }],
    ),
    paragraph(
      report,
      '46',
      '毒品和犯罪问题办公室支持根据大会第 74/247 号决议设立的委员会；\n麻醉药品委员会第 48/12 号决议和缔约方会议第 9/1 号决议。',
      [177, 179],
    ),
    paragraph(report, '3', '（见 E/CN.7/2022/3-E/CN.15/2022/3）', [51, 51]),
  );
  records.documents.push({
    id: fascicle.documentId,
    symbol: fascicle.symbol,
    symbols: fascicle.symbols,
    symbolSource: 'printed',
    symbolNote: null,
    kind: 'budget-fascicle',
    title: 't',
    titleEn: 't',
    session: 's',
    year: 2022,
    language: 'zh',
    sourceFile: fascicle.file,
    sha256: '0'.repeat(64),
    lineCount: 3000,
    blocks: [
      { type: 'text', text: '** 根据第 72/266 A 号决议第 11 段的规定，A/76/6 (Sect. 16)', line: 39 },
      { type: 'paragraph', number: '16.25' },
      { type: 'footnote', mark: '2', text: '2020 年拟议方案预算(A/74/6 (Sect. 16))所示。', line: 288 },
      { type: 'footnote', mark: '7', text: '2021 年拟议方案预算(A/75/6 (Sect. 16)和 A/75/6 (Sect. 16/Corr.1)所示。', line: 759 },
      { type: 'heading', level: 2, text: '立法授权', anchor: 'h', line: 340 },
      { type: 'text', text: '71/211; 72/198; 74/178 国际合作 第 73/187 号决定 打击', line: 353 },
    ],
    url: '/documents/a-76-6-sect-16/',
  });
  return records;
}

describe('buildReferences', () => {
  const out = buildReferences(corpus(), [fascicle, report, note]);

  test('one record per body, kind and number, sorted by body, kind, then number', () => {
    expect(out.resolutions.map((r) => r.id)).toEqual([
      'ga-resolution-48-12',
      'ga-resolution-72-266-a',
      'ga-resolution-74-247',
      'cnd-resolution-48-12',
      'cnd-resolution-50-2',
      'cnd-decision-50-2',
    ]);
  });

  test('records pass their schema', () => {
    for (const r of out.resolutions) expect(collectionSchemas.resolutions.safeParse(r).success).toBe(true);
    for (const c of out.citedDocuments) expect(collectionSchemas.citedDocuments.safeParse(c).success).toBe(true);
    for (const d of out.discrepancies) expect(collectionSchemas.discrepancies.safeParse(d).success).toBe(true);
  });

  test('titles are distinct and in order; every mandate entry and text reference is a citation', () => {
    const r = out.resolutions.find((x) => x.id === 'ga-resolution-74-247')!;
    expect(r.titles).toEqual(['打击为犯罪目的使用信息和通信技术行为', '打击为犯罪目的使用信息和通信技术的行为']);
    expect(r).toMatchObject({
      year: null,
      session: 74,
      sessionYears: [2019, 2020],
      officialSymbol: 'A/RES/74/247',
      url: '/resolutions/ga-resolution-74-247/',
    });
    expect(r.citations.map((c) => [c.documentId, c.mandateList, c.paragraph, c.bodyBasis, c.line])).toEqual([
      ['a-76-6-sect-16', '6', null, 'heading', 1460],
      ['a-76-6-sect-16', '1', null, 'heading', 353],
      ['a-76-6-sect-16', '1', null, 'heading', 354],
      ['a-76-6-sect-16', null, '16.25', 'stated', 234],
      ['e-cn.7-2022-2', null, '46', 'stated', 177],
    ]);
  });

  test('a bare GA-form number in a fascicle is the Assembly by inference, and says so', () => {
    const r = out.resolutions.find((x) => x.id === 'ga-resolution-72-266-a')!;
    expect(r.citations).toEqual([
      {
        document: 'A/76/6 (Sect. 16)',
        documentId: 'a-76-6-sect-16',
        paragraph: null,
        mandateList: null,
        bodyBasis: 'inferred',
        text: '第 72/266 A 号决议',
        line: 39,
        precision: 'front-matter',
        url: '/documents/a-76-6-sect-16/#front-1',
        table: null,
        footnote: null,
      },
    ]);
  });

  test('every citation links to its place: paragraph, footnote, mandate entry, front matter', () => {
    const all = [...out.resolutions.flatMap((r) => r.citations), ...out.citedDocuments.flatMap((s) => s.citations)];
    expect(all.every((c) => c.url.includes('#'))).toBe(true);
    const ga = out.resolutions.find((x) => x.id === 'ga-resolution-74-247')!;
    expect(ga.citations.find((c) => c.paragraph === '16.25')).toMatchObject({
      precision: 'paragraph',
      url: '/documents/a-76-6-sect-16/#para-16.25',
    });
    expect(ga.citations.find((c) => c.mandateList === '6')).toMatchObject({
      precision: 'mandate-entry',
      url: '/documents/a-76-6-sect-16/subprogrammes/6/#mandate-2',
    });
    const fn = out.citedDocuments.find((s) => s.symbol === 'A/74/6 (Sect. 16)')!.citations[0]!;
    expect(fn).toMatchObject({ precision: 'footnote', paragraph: '16.25', footnote: '2', url: '/documents/a-76-6-sect-16/#fn-16.25-2' });
  });

  test('the same number of two bodies stays two records', () => {
    expect(out.resolutions.find((x) => x.id === 'cnd-resolution-48-12')!.citations.map((c) => c.documentId)).toEqual([
      'a-76-6-sect-16',
      'e-cn.7-2022-2',
    ]);
    expect(out.resolutions.find((x) => x.id === 'ga-resolution-48-12')!.titles).toEqual(['加强国际合作禁止…的措施']);
  });

  test('references with no certain body are warnings naming file and line, and are left out', () => {
    expect(out.problems.filter((p) => p.code === 'unattributed-reference')).toMatchObject([
      { file: '001.txt', line: 177, severity: 'warning' },
    ]);
    expect(out.resolutions.some((r) => r.number === '9/1')).toBe(false);
  });

  test('mandate rows rendered as text blocks are not cited twice', () => {
    expect(out.resolutions.some((r) => r.number === '73/187')).toBe(false);
  });

  test('cited documents: each part of a joint symbol, in corpus when a document has that symbol, own symbol skipped', () => {
    expect(out.citedDocuments.map((c) => [c.symbol, c.inCorpus, c.citations.map((x) => [x.documentId, x.paragraph, x.line])])).toEqual([
      ['A/74/6 (Sect. 16)', null, [['a-76-6-sect-16', '16.25', 288]]],
      ['A/75/6 (Sect. 16)', null, [['a-76-6-sect-16', null, 759]]],
      ['A/75/6 (Sect. 16)/Corr.1', null, [['a-76-6-sect-16', null, 759]]],
      ['E/CN.7/2022/3', 'e-cn.7-2022-3', [['e-cn.7-2022-2', '3', 51]]],
      ['E/CN.15/2022/3', 'e-cn.7-2022-3', [['e-cn.7-2022-2', '3', 51]]],
    ]);
    expect(out.citedDocuments[3]!.url).toBe('/symbols/e-cn.7-2022-3/');
  });

  test('a misprinted symbol is a discrepancy with printed and expected form', () => {
    expect(out.discrepancies).toEqual([
      {
        id: 'a-76-6-sect-16/other/759',
        document: 'A/76/6 (Sect. 16)',
        documentId: 'a-76-6-sect-16',
        kind: 'other',
        table: null,
        line: 759,
        description:
          'Document symbol misprinted: "A/75/6 (Sect. 16/Corr.1)" is not a well-formed UN symbol; it is indexed as A/75/6 (Sect. 16)/Corr.1.',
        printed: 'A/75/6 (Sect. 16/Corr.1)',
        computed: 'A/75/6 (Sect. 16)/Corr.1',
      },
    ]);
  });

  test('with the source at hand a citation points at the line the number is printed on', () => {
    const lines = Array.from({ length: 200 }, (_, i) => ({ no: i + 1, text: '' }));
    lines[176] = { no: 177, text: '毒品和犯罪问题办公室支持根据大会第 74/247 号决议设立的委员会；' };
    lines[178] = { no: 179, text: '麻醉药品委员会第 48/12 号决议和缔约方会议第 9/1 号决议。' };
    const refined = buildReferences(corpus(), [fascicle, report, note], [{ file: '001.txt', lines }]);
    expect(refined.resolutions.find((r) => r.id === 'cnd-resolution-48-12')!.citations.at(-1)!.line).toBe(179);
    expect(refined.problems.find((p) => p.code === 'unattributed-reference')!.line).toBe(179);
  });

  test('empty input gives empty collections', () => {
    expect(buildReferences(emptyRecords(), [])).toEqual({ resolutions: [], citedDocuments: [], discrepancies: [], problems: [] });
  });

  test('natural order', () => {
    expect(['74/247', '9/1', '27/4', '2331 (2016)', '72/266 A', '72/266'].sort(naturalCompare)).toEqual([
      '9/1',
      '27/4',
      '72/266',
      '72/266 A',
      '74/247',
      '2331 (2016)',
    ]);
  });
});

describe('buildReferences on the real corpus', () => {
  const folder = readSeedFolder(resolve(import.meta.dirname, '../../seeds'));
  const { collections } = runPipeline(folder.seeds);
  const { resolutions: _r, citedDocuments: _c, ...records } = collections;
  const metas = folder.seeds.map(metaFor).filter((m) => m !== null);
  const sources = folder.seeds.flatMap((s) => {
    const d = decodeSeed(s.file, s.bytes);
    return d.ok ? [d.source] : [];
  });
  const out = buildReferences(records, metas, sources);
  const ids = new Set(out.resolutions.map((r) => r.id));

  test('9/1 of both conferences and 48/12 of the GA and the CND are distinct records', () => {
    for (const id of [
      'cop-untoc-resolution-9-1',
      'cosp-uncac-resolution-9-1',
      'ga-resolution-48-12',
      'cnd-resolution-48-12',
      'cnd-resolution-50-2',
      'cnd-decision-50-2',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  test('every reference in running text has a certain body', () => {
    expect(out.problems.filter((p) => p.code === 'unattributed-reference')).toEqual([]);
  });

  test('the four misprinted corrigendum symbols of the fascicle are recorded (lines 759, 975, 1636, 1976)', () => {
    expect(out.discrepancies.map((d) => d.line)).toEqual([759, 975, 1636, 1976]);
  });

  test('ECOSOC decision 2022/316 is cited on the lines of the hard-wrapped note where it is printed', () => {
    const r = out.resolutions.find((x) => x.id === 'ecosoc-decision-2022-316')!;
    expect(
      r.citations
        .filter((c) => c.documentId === 'e-cn.7-2022-3-add.1')
        .map((c) => c.line)
        .sort((a, b) => a - b),
    ).toEqual([47, 96]);
  });
});
