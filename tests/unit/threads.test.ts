/** Threads across documents and years: dates of documents, citation time lines, report comparison, the working group's time line, discussed elsewhere. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../../core/schemas/document.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import type { Recommendation } from '../../core/schemas/recommendation.ts';
import type { Citation, Resolution } from '../../core/schemas/resolution.ts';
import type { Mandate } from '../../core/schemas/mandate.ts';
import { topicCounts, topicTerms, type TopicTerm } from '../../core/topics.ts';
import { byDate, documentDate } from '../../src/lib/threads/dates.ts';
import { citationTimeline, timelineYears } from '../../src/lib/threads/timeline.ts';
import { compareReports, consecutivePairs, matchSection, recommendationTopics } from '../../src/lib/threads/compare.ts';
import { sectionsOf } from '../../src/lib/threads/sections.ts';
import { workingGroupTimeline } from '../../src/lib/threads/working-group.ts';
import { discussedElsewhere } from '../../src/lib/threads/elsewhere.ts';
import { addresseeCounts, groupByTheme } from '../../src/lib/threads/recommendations.ts';

// ---- fixtures: two small reports a decade apart, a note, a fascicle --------------------------------------------
const topics: TopicTerm[] = [
  { id: 'corruption', en: 'Corruption', zh: '腐败', terms: ['腐败'] },
  { id: 'terrorism', en: 'Terrorism', zh: '恐怖主义', terms: ['恐怖主义', '反恐'] },
  { id: 'drugs', en: 'Drugs', zh: '毒品', terms: ['毒品'] },
  { id: 'cyber', en: 'Cybercrime', zh: '网络犯罪', terms: ['网络犯罪'] },
];

function doc(
  id: string,
  kind: DocumentRecord['kind'],
  year: number,
  blocks: DocumentRecord['blocks'],
  extra: Partial<DocumentRecord> = {},
): DocumentRecord {
  return {
    id,
    symbol: id.toUpperCase(),
    symbols: [id.toUpperCase()],
    symbolSource: 'printed',
    symbolNote: null,
    kind,
    title: id,
    titleEn: id,
    session: '',
    year,
    language: 'zh',
    sourceFile: 'x.txt',
    sha256: '0'.repeat(64),
    lineCount: 1,
    blocks,
    url: `/documents/${id}/`,
    ...extra,
  };
}
const h = (level: number, text: string, anchor: string) => ({ type: 'heading' as const, level, text, anchor, line: 1 });
const p = (number: string) => ({ type: 'paragraph' as const, number });
const para = (documentId: string, number: string, text: string, headingPath: string[] = []): Paragraph => ({
  id: `${documentId}/${number}`,
  document: documentId.toUpperCase(),
  documentId,
  number,
  printedNumber: null,
  text,
  headingPath,
  unit: null,
  result: null,
  footnotes: [],
  lines: [1, 1],
  url: `/documents/${documentId}/#para-${number}`,
});
const rec = (
  documentId: string,
  paragraph: string,
  theme: string | null,
  text: string,
  addressees: Recommendation['addressees'] = ['both'],
): Recommendation => ({
  id: `${documentId}/recommendation-${paragraph}`,
  document: documentId.toUpperCase(),
  documentId,
  paragraph,
  theme,
  addressees,
  text,
  line: 1,
  url: `/documents/${documentId}/#para-${paragraph}`,
});
const cite = (documentId: string, paragraph: string | null, line: number, extra: Partial<Citation> = {}): Citation => ({
  document: documentId.toUpperCase(),
  documentId,
  paragraph,
  mandateList: null,
  bodyBasis: 'stated',
  text: '第 1/1 号决议',
  line,
  precision: paragraph ? 'paragraph' : 'front-matter',
  url: paragraph ? `/documents/${documentId}/#para-${paragraph}` : `/documents/${documentId}/#summary-1`,
  table: null,
  footnote: null,
  ...extra,
});
const resolution = (id: string, number: string, citations: Citation[]): Resolution => ({
  id,
  body: 'CND',
  kind: 'resolution',
  number,
  titles: [],
  titleVariants: [],
  year: null,
  yearBasis: null,
  session: null,
  sessionYears: null,
  officialSymbol: null,
  citations,
  url: `/resolutions/${id}/`,
});

const session = (start: string) => ({ body: 'CND' as const, session: '第五十五届会议', dates: `${start}，维也纳`, start, end: start });
const old = doc(
  'r2012',
  'ed-report',
  2012,
  [
    h(1, '摘要', 'summary'),
    h(1, '一. 腐败', 'chapter-1'),
    p('1'),
    p('2'),
    h(1, '二. 区域', 'chapter-2'),
    p('3'),
    h(1, '三. 建议', 'chapter-3'),
    h(2, '腐败', 'chapter-3-h1'),
    p('4'),
  ],
  { cover: [session('2012-03-12')] },
);
const neu = doc(
  'r2022',
  'ed-report',
  2022,
  [
    h(1, '一. 预防和打击腐败', 'chapter-1'),
    p('1'),
    h(1, '二. 网络犯罪', 'chapter-2'),
    p('2'),
    h(1, '三. 建议', 'chapter-3'),
    h(2, '预防和打击网络犯罪', 'chapter-3-h1'),
    p('3'),
  ],
  { cover: [session('2022-03-14')] },
);
const note = doc('n2020', 'wg-note', 2020, [p('1'), p('2')], {
  period: { text: '2019 年 10 月 29 日至 12 月 10 日', start: '2019-10-29', end: '2019-12-10' },
  meetings: [
    {
      dates: '10月29日',
      start: '2019-10-29',
      end: '2019-10-29',
      name: '会议',
      paragraph: '1',
      paragraphs: ['1', '2'],
      url: '/documents/n2020/#para-1',
    },
  ],
});
const fascicle = doc('budget', 'budget-fascicle', 2022, []);
const paragraphs = [
  para('r2012', '1', '打击腐败的工作。', ['一. 腐败']),
  para('r2012', '2', '腐败和毒品。', ['一. 腐败']),
  para('r2012', '3', '区域合作和毒品。', ['二. 区域']),
  para('r2012', '4', '两个委员会似宜打击腐败。', ['三. 建议', '腐败']),
  para('r2022', '1', '腐败和毒品。', ['一. 预防和打击腐败']),
  para('r2022', '2', '网络犯罪。', ['二. 网络犯罪']),
  para('r2022', '3', '请两委员会讨论网络犯罪。', ['三. 建议', '预防和打击网络犯罪']),
  para('n2020', '1', '在10月29日举行的会议上，工作组听取了反恐简报。'),
  para('n2020', '2', '还讨论了腐败。'),
];
const recommendations = [
  rec('r2012', '4', '腐败', '两个委员会似宜打击腐败。'),
  rec('r2022', '3', '预防和打击网络犯罪', '请两委员会讨论网络犯罪。', ['both']),
];
const resolutions = [
  resolution('cnd-resolution-1-1', '1/1', [
    cite('r2022', '1', 30),
    cite('budget', null, 5, { precision: 'mandate-entry', mandateList: '3', url: '/documents/budget/subprogrammes/3/#mandate-1' }),
    cite('r2012', '1', 20),
    cite('r2012', null, 2),
    cite('n2020', null, 3),
  ]),
  resolution('cnd-resolution-2-2', '2/2', [
    cite('n2020', '2', 40),
    cite('budget', null, 6, { precision: 'mandate-entry', mandateList: '9.1', url: '/documents/budget/subprogrammes/9.1/#mandate-1' }),
  ]),
];
const documents = [neu, fascicle, note, old];
const corpus = { documents, paragraphs, recommendations, resolutions };

describe('document dates', () => {
  test('cover session first, else the period covered, else the year', () => {
    expect(documentDate(old)).toEqual({ key: '2012-03-12', year: 2012, basis: 'cover' });
    expect(documentDate(note)).toEqual({ key: '2019-10-29', year: 2019, basis: 'period' });
    expect(documentDate(fascicle)).toEqual({ key: '2022', year: 2022, basis: 'year' });
    expect(byDate(documents).map((d) => d.id)).toEqual(['r2012', 'n2020', 'budget', 'r2022']);
  });
});

describe('citation time line', () => {
  const entries = citationTimeline(resolutions[0]!, documents);
  test('one entry per citing document, in date order, citations in reading order', () => {
    expect(entries.map((e) => e.documentId)).toEqual(['r2012', 'n2020', 'budget', 'r2022']);
    expect(entries[0]!.citations.map((c) => c.line)).toEqual([2, 20]);
    expect(timelineYears(entries)).toEqual([2012, 2019, 2022]);
  });
  test('each citation keeps its exact place', () => {
    expect(entries[3]!.citations[0]!.url).toBe('/documents/r2022/#para-1');
  });
});

describe('report comparison', () => {
  test('topic terms are counted after the names of the Office and the Commissions are taken out', () => {
    expect([...topicCounts('毒品和犯罪问题办公室与麻醉药品委员会', topics)]).toEqual([]);
    expect(topicCounts('毒品、毒品和腐败', topics).get('drugs')).toBe(2);
  });
  test('sections leave out front matter and the recommendations chapter, and carry their resolutions', () => {
    const s = sectionsOf(old, paragraphs, recommendations, resolutions, topics);
    expect(s.map((x) => x.heading)).toEqual(['一. 腐败', '二. 区域']);
    expect(s[0]!.resolutions).toEqual(['cnd-resolution-1-1']);
    expect(s[0]!.headingTopics).toEqual(['corruption']);
  });
  test('sections pair by shared heading topics and resolutions; a section sharing nothing is new or gone', () => {
    const c = compareReports(old, neu, corpus, topics);
    expect(c.matches.map((m) => [m.section.heading, m.other?.heading ?? null, m.score])).toEqual([
      ['一. 预防和打击腐败', '一. 腐败', 3 + 2 + 2],
      ['二. 网络犯罪', null, 0],
    ]);
    expect(c.gone.map((s) => s.heading)).toEqual(['二. 区域']);
  });
  test('themes recur, are new or are no longer there; recommendations grouped by their theme heading', () => {
    const c = compareReports(old, neu, corpus, topics);
    expect(c.themes.map((t) => [t.topic, t.status])).toEqual([
      ['corruption', 'recurs'],
      ['cyber', 'new'],
    ]);
    expect(c.themes[1]!.later.recommendations.map((r) => r.paragraph)).toEqual(['3']);
    expect(recommendationTopics(rec('x', '1', null, '腐败、腐败和毒品'), topics)).toEqual(['corruption']);
    expect(c.resolutions).toEqual({ both: ['cnd-resolution-1-1'], earlierOnly: [], laterOnly: [] });
  });
  test('any number of reports: each is compared with the one before it', () => {
    const third = doc('r2032', 'ed-report', 2032, [], { cover: [session('2032-03-01')] });
    expect(consecutivePairs([...documents, third], 'ed-report').map(([a, b]) => `${a.id}>${b.id}`)).toEqual(['r2012>r2022', 'r2022>r2032']);
    expect(consecutivePairs([old], 'ed-report')).toEqual([]);
  });
  test('a pairing needs the least score', () => {
    const s = sectionsOf(neu, paragraphs, recommendations, resolutions, topics);
    expect(matchSection(s[1]!, sectionsOf(old, paragraphs, recommendations, resolutions, topics)).other).toBeNull();
  });
});

describe('working group time line', () => {
  const tl = workingGroupTimeline(documents, paragraphs, resolutions, topics);
  test('notes in date order with their meetings, the paragraphs and topics of each', () => {
    expect(tl.notes.map((n) => n.note.id)).toEqual(['n2020']);
    const m = tl.notes[0]!.meetings[0]!;
    expect(m.paragraphs.map((x) => x.number)).toEqual(['1', '2']);
    expect(m.topics).toEqual(['corruption', 'terrorism']);
  });
  test('mandating resolutions are those cited in the front matter', () => {
    expect(tl.notes[0]!.mandates.map((r) => r.id)).toEqual(['cnd-resolution-1-1']);
    expect(tl.mandates.map((m) => [m.resolution.id, m.notes])).toEqual([['cnd-resolution-1-1', ['n2020']]]);
  });
});

describe('discussed elsewhere', () => {
  const mandates: Mandate[] = [
    {
      id: 'budget/mandates/3/1',
      document: 'BUDGET',
      documentId: 'budget',
      list: '3',
      heading: '',
      body: 'CND',
      kind: 'resolution',
      number: '1/1',
      title: null,
      titleRepair: null,
      resolution: 'cnd-resolution-1-1',
      line: 5,
    },
    {
      id: 'budget/mandates/9.1/1',
      document: 'BUDGET',
      documentId: 'budget',
      list: '9.1',
      heading: '',
      body: 'CND',
      kind: 'resolution',
      number: '2/2',
      title: null,
      titleRepair: null,
      resolution: 'cnd-resolution-2-2',
      line: 6,
    },
  ];
  const all = { ...corpus, mandates };
  test('places in the other documents citing a resolution of the unit’s list, in date order', () => {
    const e = discussedElsewhere('budget', '3', all);
    expect(e.map((d) => [d.document.id, d.places.map((x) => x.citation.url)])).toEqual([
      ['r2012', ['/documents/r2012/#summary-1', '/documents/r2012/#para-1']],
      ['n2020', ['/documents/n2020/#summary-1']],
      ['r2022', ['/documents/r2022/#para-1']],
    ]);
    expect(e[0]!.places[1]!.paragraph?.text).toBe('打击腐败的工作。');
  });
  test('a subprogramme of components takes its components’ lists; a unit without mandates has none', () => {
    expect(discussedElsewhere('budget', '9', all).map((d) => d.document.id)).toEqual(['n2020']);
    expect(discussedElsewhere('budget', '5', all)).toEqual([]);
  });
});

describe('recommendations by theme', () => {
  test('grouped in printed order, addressees counted per commission', () => {
    const recs = [
      rec('d', '1', null, 'a', []),
      rec('d', '2', 'A', 'b', ['CND']),
      rec('d', '3', 'A', 'c', ['both']),
      rec('d', '4', 'B', 'd', ['CCPCJ']),
    ];
    expect(groupByTheme(recs).map((g) => [g.theme, g.recommendations.length])).toEqual([
      [null, 1],
      ['A', 2],
      ['B', 1],
    ]);
    expect(addresseeCounts(recs)).toEqual({ CND: 2, CCPCJ: 2, none: 1 });
  });
  test('records sorted by id (100 before 94) are still grouped and listed in printed order', () => {
    const at = (paragraph: string, theme: string | null, line: number) => ({ ...rec('d', paragraph, theme, paragraph), line });
    const recs = [at('100', '评价', 40), at('101', '财务', 50), at('94', null, 10), at('95', null, 20), at('96', '药物管制', 30)];
    expect(groupByTheme(recs).map((g) => [g.theme, g.recommendations.map((r) => r.paragraph)])).toEqual([
      [null, ['94', '95']],
      ['药物管制', ['96']],
      ['评价', ['100']],
      ['财务', ['101']],
    ]);
  });
});

describe('on the corpus', () => {
  const load = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/${name}.json`), 'utf8'));
  const real = {
    documents: load('documents') as DocumentRecord[],
    paragraphs: load('paragraphs') as Paragraph[],
    recommendations: load('recommendations') as Recommendation[],
    resolutions: load('resolutions') as Resolution[],
  };
  test('the reports a decade apart are compared, and every recommendation of both is placed under a theme or listed as unmarked', () => {
    const pairs = consecutivePairs(real.documents, 'ed-report');
    expect(pairs.map(([a, b]) => [documentDate(a).year, documentDate(b).year])).toEqual([[2012, 2022]]);
    const c = compareReports(pairs[0]![0], pairs[0]![1], real, topicTerms);
    const placed = new Set(
      [
        ...c.themes.flatMap((t) => [...t.earlier.recommendations, ...t.later.recommendations]),
        ...c.unthemed.earlier,
        ...c.unthemed.later,
      ].map((r) => r.id),
    );
    expect(placed.size).toBe(
      real.recommendations.filter((r) => r.documentId === pairs[0]![0].id || r.documentId === pairs[0]![1].id).length,
    );
    expect(c.themes.some((t) => t.status === 'recurs')).toBe(true);
  });
});
