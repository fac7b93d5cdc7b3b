/** The site's logic on the real collections: linked references, overview resources, the resolution index filter, the pager. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Collections } from '../../core/schemas/collections.ts';
import { createLinker } from '../../src/lib/linkify.ts';
import { budgetYearResources } from '../../src/lib/unit-resources.ts';
import { budgetYearsOf } from '../../src/lib/charts/years.ts';
import { compareRows, matches, type IndexRow } from '../../src/lib/resolution-filter.ts';
import { neighbours } from '../../src/lib/sequence.ts';
import { citeFigure, citeMandate, citeParagraph, citeResult, citeTable, citeTableRowTemplate, citeUnit } from '../../src/lib/cite.ts';
import { publicUrl, withPublicUrls } from '../../src/lib/site-url.ts';

const load = <K extends keyof Collections>(name: K): Collections[K] =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/${name}.json`), 'utf8'));
const corpus = {
  resolutions: load('resolutions'),
  citedDocuments: load('citedDocuments'),
  documents: load('documents'),
  paragraphs: load('paragraphs'),
  tables: load('tables'),
  figures: load('figures'),
  results: load('results'),
  subprogrammes: load('subprogrammes'),
  resourceTables: load('resourceTables'),
};
const doc = 'a-76-6-sect-16';
const para = (n: string) => corpus.paragraphs.find((p) => p.documentId === doc && p.number === n)!;
const link = createLinker(corpus);
const links = (n: string) =>
  link(para(n).text, { documentId: doc, documentKind: 'budget-fascicle', unit: para(n).unit }).filter((s) => s.href || s.external);

describe('linkify', () => {
  test('each number of a list sharing one body links to its own resolution and to its official text', () => {
    expect(links('16.1').map((s) => [s.text, s.href, s.external])).toEqual([
      ['45/179', '/resolutions/ga-resolution-45-179/', 'https://undocs.org/zh/A/RES/45/179'],
      ['46/152', '/resolutions/ga-resolution-46-152/', 'https://undocs.org/zh/A/RES/46/152'],
      ['46/185 C', '/resolutions/ga-resolution-46-185-c/', 'https://undocs.org/zh/A/RES/46/185%20C'],
    ]);
  });
  test('tables, figures, results and subprogrammes named in the text link to them', () => {
    expect(links('16.38').map((s) => s.href)).toContain(corpus.tables.find((t) => t.documentId === doc && t.number === '16.3')!.url);
    expect(links('16.44').map((s) => s.href)).toContain(corpus.figures.find((f) => f.documentId === doc && f.number === '16.I')!.url);
    expect(links('16.30').map((s) => s.href)).toEqual([
      '/documents/a-76-6-sect-16/subprogrammes/1/results/1/',
      '/documents/a-76-6-sect-16/subprogrammes/1/results/2/',
    ]);
    expect(links('16.7').map((s) => s.href)).toEqual(
      expect.arrayContaining(['/documents/a-76-6-sect-16/subprogrammes/9.2/', '/documents/a-76-6-sect-16/subprogrammes/8/']),
    );
  });
  test('a figure or paragraph the source misnumbers is linked by either number', () => {
    const fig = corpus.figures.find((f) => f.documentId === doc && f.printedNumber !== null)!;
    // 16.297 cites the figure by its number in the sequence (图 16.三十四); the figure prints 16.三十九.
    expect(links('16.297').find((s) => s.text.startsWith('图'))?.href).toBe(fig.url);
    const ctx = { documentId: doc, documentKind: 'budget-fascicle' as const, unit: null };
    expect(link(`见图 16.${fig.numberPrinted.split('.')[1]}。`, ctx).find((s) => s.href)?.href).toBe(fig.url);
    const misprinted = corpus.paragraphs.find((p) => p.documentId === doc && p.printedNumber !== null)!;
    for (const n of [misprinted.number, misprinted.printedNumber!])
      expect(link(`见第 ${n} 段。`, ctx).find((s) => s.href)?.href).toBe(misprinted.url);
  });
  test('a paragraph reference links to the paragraph; the text is kept whole', () => {
    const p = corpus.paragraphs.find((x) => x.documentId === doc && /第 16\.263\s*\(a\)\s*段/.test(x.text))!;
    const segs = link(p.text, { documentId: doc, documentKind: 'budget-fascicle', unit: p.unit });
    expect(segs.map((s) => s.text).join('')).toBe(p.text);
    expect(segs.find((s) => s.href === para('16.263').url)?.text).toBe('16.263');
  });
  test('a body inferred from context is marked, not presented as stated', () => {
    const s = links('16.186').find((x) => x.text === '9/1')!;
    expect(s).toMatchObject({ href: '/resolutions/cop-untoc-resolution-9-1/', inferred: true });
  });
  test('a bare number with no body stated outside a GA document is shown as uncertain, not linked', () => {
    const segs = link('第 9/1 号决议', { documentId: 'e-cn.7-2022-2', documentKind: 'ed-report' });
    expect(segs.find((s) => s.text === '9/1')).toMatchObject({ uncertain: true });
    expect(segs.some((s) => s.href)).toBe(false);
  });
});

describe('overview resources', () => {
  test("a subprogramme's budget-year estimates come from the table by source of funds (seed lines 2362, 2381)", () => {
    const sp1 = corpus.subprogrammes.find((s) => s.documentId === doc && s.key === '1')!;
    const r = budgetYearResources(corpus.resourceTables, sp1, budgetYearsOf(corpus.documents, doc))!;
    expect([r.regular, r.extrabudgetary, r.table.number]).toEqual([3172.3, 118116.1, '16.33']);
  });
  test('components have no row of their own', () => {
    const c = corpus.subprogrammes.find((s) => s.documentId === doc && s.key === '9.1')!;
    expect(budgetYearResources(corpus.resourceTables, c, budgetYearsOf(corpus.documents, doc))).toBeNull();
  });
});

describe('resolution index filter', () => {
  const row = (over: Partial<IndexRow>): IndexRow => ({
    body: 'GA',
    kind: 'resolution',
    number: '74/247',
    title: '打击为犯罪目的使用信息和通信技术行为',
    year: 2019,
    sessionStart: null,
    citations: 6,
    order: 0,
    ...over,
  });
  const q = { q: '', body: '', kind: '', sort: 'number' as const, dir: 'asc' as const };
  test('matches number and title, ignoring full width and spaces', () => {
    expect(matches(row({}), { ...q, q: '７４／２４７' })).toBe(true);
    expect(matches(row({}), { ...q, q: '信息和 通信' })).toBe(true);
    expect(matches(row({}), { ...q, body: 'CND' })).toBe(false);
  });
  test('numbers sort naturally', () => {
    const rows = ['9/1', '74/247', '8/4', '74/178'].map((number) => row({ number }));
    expect(rows.sort((a, b) => compareRows(a, b, q)).map((r) => r.number)).toEqual(['8/4', '9/1', '74/178', '74/247']);
  });
  test('the default order: UN order of bodies, then order of adoption, numbers read as numbers', () => {
    const rows = [
      row({ body: 'CND', order: 3, number: '56/9', year: 2013 }),
      row({ number: '74/247', year: 2019 }),
      row({ number: 'S-20/2', year: 1998 }),
      row({ number: '74/5', year: 2019 }),
      row({ number: '2491 (XXIII)', year: 1968 }),
      row({ body: 'SC', order: 1, number: '2331 (2016)', year: 2016 }),
    ];
    expect(rows.sort((a, b) => compareRows(a, b, { sort: 'body', dir: 'asc' })).map((r) => `${r.body} ${r.number}`)).toEqual([
      'GA 2491 (XXIII)',
      'GA S-20/2',
      'GA 74/5',
      'GA 74/247',
      'SC 2331 (2016)',
      'CND 56/9',
    ]);
  });
  test('where the source fixes no year, the session places the row (S-20/2 of 1998 after 34/169 of the 1979–1980 session)', () => {
    const rows = [
      row({ number: 'S-20/2', year: 1998 }),
      row({ number: '65/308', year: 2011, sessionStart: 2010 }),
      row({ number: '34/169', year: null, sessionStart: 1979 }),
      row({ number: '66/183', year: null, sessionStart: 2011 }),
      row({ number: '9/99', year: null, sessionStart: null }),
    ];
    expect(rows.sort((a, b) => compareRows(a, b, { sort: 'body', dir: 'asc' })).map((r) => r.number)).toEqual([
      '34/169',
      'S-20/2',
      '65/308',
      '66/183',
      '9/99',
    ]);
  });
});

describe('pager and citations', () => {
  test('neighbours in reading order', () => {
    const items = ['a', 'b', 'c'];
    const toLink = (x: string) => ({ href: `/${x}/`, label: x });
    expect(neighbours(items, (x) => x === 'a', toLink)).toEqual({ prev: null, next: { href: '/b/', label: 'b' } });
    expect(neighbours(items, (x) => x === 'c', toLink).next).toBeNull();
  });
  test('UN-style citations, Chinese and English', () => {
    expect(citeParagraph('A/76/6 (Sect. 16)', '16.36')).toEqual({
      zh: 'A/76/6 (Sect. 16)，第 16.36 段',
      en: 'A/76/6 (Sect. 16), para. 16.36',
    });
    expect(citeResult('A/76/6 (Sect. 16)', '9', '1', 2, 'x')).toEqual({
      zh: 'A/76/6 (Sect. 16)，次级方案 9 构成部分 1，成果 2',
      en: 'A/76/6 (Sect. 16), subprogramme 9, component 1, result 2',
    });
    expect(citeResult('A/76/6 (Sect. 16)', '3', null, null, '标题')).toEqual({
      zh: 'A/76/6 (Sect. 16)，次级方案 3，新出现成果“标题”',
      en: 'A/76/6 (Sect. 16), subprogramme 3, highlighted result “标题”',
    });
    expect(citeTable('A/76/6 (Sect. 16)', '16.33')).toEqual({ zh: 'A/76/6 (Sect. 16)，表 16.33', en: 'A/76/6 (Sect. 16), table 16.33' });
    expect(citeTableRowTemplate('A/76/6 (Sect. 16)', '16.33')).toEqual({
      zh: 'A/76/6 (Sect. 16)，表 16.33，“{row}”行',
      en: 'A/76/6 (Sect. 16), table 16.33, row “{row}”',
    });
    expect(citeFigure('A/76/6 (Sect. 16)', '16.三', '16.III')).toEqual({
      zh: 'A/76/6 (Sect. 16)，图 16.三',
      en: 'A/76/6 (Sect. 16), figure 16.III',
    });
    // A misnumbered figure is cited by its number in the sequence, in the printed numeral style.
    expect(citeFigure('A/76/6 (Sect. 16)', '16.三十九', '16.XXXIV', '16.XXXIX')).toEqual({
      zh: 'A/76/6 (Sect. 16)，图 16.三十四',
      en: 'A/76/6 (Sect. 16), figure 16.XXXIV',
    });
    expect(citeUnit('A/76/6 (Sect. 16)', '9', '2')).toEqual({
      zh: 'A/76/6 (Sect. 16)，次级方案 9 构成部分 2',
      en: 'A/76/6 (Sect. 16), subprogramme 9, component 2',
    });
    expect(citeMandate('A/76/6 (Sect. 16)', '3', '74/247')).toEqual({
      zh: 'A/76/6 (Sect. 16)，次级方案 3，立法授权：74/247',
      en: 'A/76/6 (Sect. 16), subprogramme 3, legislative mandates: 74/247',
    });
  });
  test('public origin: absolute URLs on it, paths left alone without it', () => {
    expect(publicUrl('/documents/x/#para-1', 'https://budget.test')).toBe('https://budget.test/documents/x/#para-1');
    expect(publicUrl('/documents/x/', null)).toBe('/documents/x/');
    expect(publicUrl('https://undocs.org/zh/A/76/6', 'https://budget.test')).toBe('https://undocs.org/zh/A/76/6');
    expect(withPublicUrls([{ url: '/a/', nested: { url: '/b/' }, other: '/c/' }], 'https://budget.test')).toEqual([
      { url: 'https://budget.test/a/', nested: { url: 'https://budget.test/b/' }, other: '/c/' },
    ]);
  });
});
