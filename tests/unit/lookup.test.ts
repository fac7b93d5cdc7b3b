import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  cleanInput,
  lookup,
  parseLookupQuery,
  resolutionUrl,
  symbolKey,
  type LookupOutcome,
  type LookupTable,
} from '../../core/search/lookup.ts';
import { buildLookupTable, shortTitle, TITLE_CHARS } from '../../core/search/lookup-table.ts';
import { buildPlaceTable } from '../../core/search/places.ts';
import type { Resolution } from '../../core/schemas/resolution.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';
import type { CitedDocument } from '../../core/schemas/cited-document.ts';
import type { Paragraph } from '../../core/schemas/paragraph.ts';
import type { Table } from '../../core/schemas/table.ts';
import type { Figure } from '../../core/schemas/figure.ts';

const content = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content', `${name}.json`), 'utf8'));
const resolutions = content('resolutions') as Resolution[];
const documents = content('documents') as DocumentRecord[];
const citedDocuments = content('citedDocuments') as CitedDocument[];
const paragraphs = content('paragraphs') as Paragraph[];
const tables = content('tables') as Table[];
const figures = content('figures') as Figure[];
const table = {
  ...buildLookupTable({ resolutions, documents, citedDocuments }),
  places: buildPlaceTable({ documents, paragraphs, tables, figures }),
};

/** Where an outcome leads: the URL, the URLs offered, or `missing <official URL>`. */
function where(o: LookupOutcome): string {
  switch (o.status) {
    case 'found':
      return o.target.url;
    case 'ambiguous':
      return o.targets
        .map((t) => t.url)
        .sort()
        .join(' | ');
    case 'missing':
      return `missing ${o.officialUrl ?? '-'}`;
    case 'none':
      return 'none';
  }
}

describe('lookup: every form a delegate writes goes to its page', () => {
  test.each<[string, string]>([
    ['74/247', '/resolutions/ga-resolution-74-247/'],
    ['A/RES/74/247', '/resolutions/ga-resolution-74-247/'],
    ['a/res/74/247', '/resolutions/ga-resolution-74-247/'],
    ['大会第 74/247 号决议', '/resolutions/ga-resolution-74-247/'],
    ['第74/247号决议', '/resolutions/ga-resolution-74-247/'],
    ['res. 74/247', '/resolutions/ga-resolution-74-247/'],
    ['GA 74/247', '/resolutions/ga-resolution-74-247/'],
    ['７４／２４７', '/resolutions/ga-resolution-74-247/'],
    ['  74 /  247  ', '/resolutions/ga-resolution-74-247/'],
    ['\u3000第７４／２４７号决议\u3000', '/resolutions/ga-resolution-74-247/'],
    ['CND 56/9', '/resolutions/cnd-resolution-56-9/'],
    ['麻醉药品委员会第 56/9 号决议', '/resolutions/cnd-resolution-56-9/'],
    ['56/9', '/resolutions/cnd-resolution-56-9/'],
    ['72/266 A', '/resolutions/ga-resolution-72-266-a/'],
    ['72/266A', '/resolutions/ga-resolution-72-266-a/'],
    ['72/266 a', '/resolutions/ga-resolution-72-266-a/'],
    ['2331 (2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['2331(2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['S/RES/2331(2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['S/RES/2331 (2016)', '/resolutions/sc-resolution-2331-2016/'],
    ['安全理事会第 2331（2016）号决议', '/resolutions/sc-resolution-2331-2016/'],
    ['E/RES/2017/18', '/resolutions/ecosoc-resolution-2017-18/'],
    ['经社理事会第 2017/18 号决议', '/resolutions/ecosoc-resolution-2017-18/'],
    ['2022/316', '/resolutions/ecosoc-decision-2022-316/'],
    ['经济及社会理事会第 2022/316 号决定', '/resolutions/ecosoc-decision-2022-316/'],
    ['2491 (XXIII)', '/resolutions/ga-resolution-2491-xxiii/'],
    ['S-20/2', '/resolutions/ga-resolution-s-20-2/'],
    ['E/CN.7/2022/2', '/documents/e-cn.7-2022-2/'],
    ['e/cn.7/2022/2', '/documents/e-cn.7-2022-2/'],
    ['E/CN.15/2022/2', '/documents/e-cn.7-2022-2/'],
    ['E/CN.7/2022/2-E/CN.15/2022/2', '/documents/e-cn.7-2022-2/'],
    ['E/CN.7/2022/2 - E/CN.15/2022/2', '/documents/e-cn.7-2022-2/'],
    ['Ｅ／ＣＮ.７／２０２２／２', '/documents/e-cn.7-2022-2/'],
    ['A/76/6 (Sect. 16)', '/documents/a-76-6-sect-16/'],
    ['A/76/6(Sect.16)', '/documents/a-76-6-sect-16/'],
    ['E/CN.7/2022/3/Add.1', '/documents/e-cn.7-2022-3-add.1/'],
    ['E/CN.7/2022/3', '/symbols/e-cn.7-2022-3/'],
    ['A/75/339/Add.1', '/symbols/a-75-339-add.1/'],
    ['E/CN.7/2022/2 号文件', '/documents/e-cn.7-2022-2/'],
    ['见 E/CN.7/2022/3/Add.1。', '/documents/e-cn.7-2022-3-add.1/'],
    ['大会 A/RES/74/247 号决议', '/resolutions/ga-resolution-74-247/'],
    ['E/RES/1106(XL)', '/resolutions/ecosoc-resolution-1966-1106-xl/'],
  ])('%s → %s', (input, url) => {
    expect(where(lookup(input, table))).toBe(url);
  });

  test('a symbol the editors inferred says so', () => {
    const o = lookup('E/CN.7/2022/2', table);
    expect(o.status === 'found' && o.target.note).toBe('文号由编辑推断');
    const printed = lookup('A/76/6 (Sect. 16)', table);
    expect(printed.status === 'found' && printed.target.note).toBe(null);
  });
});

describe('lookup: one number, several readings', () => {
  test('9/1 is a resolution of the UNTOC and of the UNCAC conferences', () => {
    const o = lookup('9/1', table);
    expect(o.status).toBe('ambiguous');
    expect(where(o)).toBe('/resolutions/cop-untoc-resolution-9-1/ | /resolutions/cosp-uncac-resolution-9-1/');
    // Each reading carries the body's name and the corpus's title, where it gives one.
    if (o.status !== 'ambiguous') return;
    expect(o.targets.map((t) => t.label).sort()).toEqual([
      '联合国反腐败公约缔约国会议第 9/1 号决议',
      '联合国打击跨国有组织犯罪公约缔约方会议第 9/1 号决议',
    ]);
    const untoc = resolutions.find((r) => r.id === 'cop-untoc-resolution-9-1')!;
    expect(o.targets.find((t) => t.url === untoc.url)!.title).toBe(shortTitle(untoc.titles[0]));
  });

  test('48/12 is a GA and a CND resolution; naming the body settles it', () => {
    expect(where(lookup('48/12', table))).toBe('/resolutions/cnd-resolution-48-12/ | /resolutions/ga-resolution-48-12/');
    expect(where(lookup('CND 48/12', table))).toBe('/resolutions/cnd-resolution-48-12/');
    expect(where(lookup('麻醉药品委员会第 48/12 号决议', table))).toBe('/resolutions/cnd-resolution-48-12/');
    expect(where(lookup('大会第 48/12 号决议', table))).toBe('/resolutions/ga-resolution-48-12/');
    expect(where(lookup('A/RES/48/12', table))).toBe('/resolutions/ga-resolution-48-12/');
  });

  test('a conference named by its short Chinese name', () => {
    expect(where(lookup('缔约国会议第 9/1 号决议', table))).toBe('/resolutions/cosp-uncac-resolution-9-1/');
    expect(where(lookup('缔约方会议第 9/1 号决议', table))).toBe('/resolutions/cop-untoc-resolution-9-1/');
  });

  test('every number the corpus gives two records is offered as both', () => {
    const byNumber = new Map<string, Resolution[]>();
    for (const r of resolutions) byNumber.set(r.number, [...(byNumber.get(r.number) ?? []), r]);
    const shared = [...byNumber].filter(([, rs]) => rs.length > 1);
    expect(shared.length).toBeGreaterThan(1);
    for (const [number, rs] of shared) {
      expect(where(lookup(number, table)), number).toBe(
        rs
          .map((r) => r.url)
          .sort()
          .join(' | '),
      );
    }
  });
});

describe('lookup: numbers and symbols not in the corpus', () => {
  test.each<[string, string]>([
    ['74/999', 'missing https://undocs.org/zh/A/RES/74/999'],
    ['A/RES/1/1', 'missing https://undocs.org/zh/A/RES/1/1'],
    ['9999 (2030)', 'missing https://undocs.org/zh/S/RES/9999(2030)'],
    ['2030/77', 'missing https://undocs.org/zh/E/RES/2030/77'],
    ['CND 99/99', 'missing -'],
    ['E/CN.7/2099/9', 'missing https://undocs.org/zh/E/CN.7/2099/9'],
    ['A/76/6 (Sect. 99)', 'missing https://undocs.org/zh/A/76/6%20(Sect.%2099)'],
  ])('%s → %s', (input, expected) => {
    expect(where(lookup(input, table))).toBe(expected);
  });

  test('a body that does not hold the number: not found, the other readings offered', () => {
    const o = lookup('SC 74/247', table);
    expect(o.status).toBe('missing');
    expect(o.status === 'missing' && o.related.map((t) => t.url)).toEqual(['/resolutions/ga-resolution-74-247/']);
  });

  test('a symbol without its addendum: not found, the addendum offered', () => {
    const o = lookup('E/CN.15/2022/3', table);
    expect(where(o)).toBe('/symbols/e-cn.15-2022-3/');
    const n = lookup('E/CN.7/2022/3/Add', table);
    expect(n.status).toBe('missing');
  });
});

describe('lookup: text that is not a number', () => {
  test.each(['腐败', '合成毒品', 'UNODC', '2021', '2021 年', '第 16 款', 'x/1', '/', '////', '', '   '])(
    '%j is left to full-text search',
    (input) => {
      expect(lookup(input, table).status).toBe('none');
    },
  );

  test('garbage never throws', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      {},
      [],
      Symbol('x'),
      () => 1,
      '\u0000',
      '\ud800',
      '(((((',
      'A/',
      'A/RES/',
      'E/CN.7/',
      '第号决议',
      '74/',
      '/247',
      '1'.repeat(10_000),
      `${'74/247 '.repeat(100)}`,
      'A/RES/74/247'.repeat(50),
      '𠀀𠀁/𠀂',
      '7４/2４7Ａ',
      'S-/',
      '(2016)',
      '2331 (',
      'res.',
      '<script>alert(1)</script>',
    ];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '0123456789/()-. AESRabcdeCN第号决议定大会麻委员会（）／７４\u3000Ⅳ';
    for (let i = 0; i < 2000; i++)
      odd.push(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(''));
    for (const input of odd) {
      expect(() => lookup(input, table)).not.toThrow();
      expect(() => parseLookupQuery(input)).not.toThrow();
    }
  });

  test('an input longer than any number is not read as one', () => {
    expect(parseLookupQuery(`${'说明'.repeat(80)} 74/247`).type).toBe('none');
  });
});

describe('the normaliser', () => {
  test.each<[string, unknown]>([
    ['74/247', { type: 'resolution', number: '74/247', body: null, kind: null }],
    ['A/RES/74/247', { type: 'resolution', number: '74/247', body: 'GA', kind: 'resolution', official: 'A/RES/74/247' }],
    ['大会第 74/247 号决议', { type: 'resolution', number: '74/247', body: 'GA', kind: 'resolution' }],
    ['CND 56/9', { type: 'resolution', number: '56/9', body: 'CND', kind: null }],
    ['72/266A', { type: 'resolution', number: '72/266 A', body: null, kind: null }],
    ['2331(2016)', { type: 'resolution', number: '2331 (2016)', body: null, kind: null }],
    ['dec. 2022/316', { type: 'resolution', number: '2022/316', body: null, kind: 'decision' }],
    [
      'E/CN.7/2022/2-E/CN.15/2022/2',
      { type: 'symbol', symbol: 'E/CN.7/2022/2-E/CN.15/2022/2', parts: ['E/CN.7/2022/2', 'E/CN.15/2022/2'] },
    ],
    ['A/76/6(Sect.16)', { type: 'symbol', symbol: 'A/76/6 (Sect. 16)', parts: ['A/76/6 (Sect. 16)'] }],
  ])('%s', (input, expected) => {
    expect(parseLookupQuery(input)).toEqual(expected);
  });

  test('full-width and odd characters fold to ASCII', () => {
    expect(cleanInput('７４／２４７')).toBe('74/247');
    expect(cleanInput('７４∕２４７')).toBe('74/247');
    expect(cleanInput('Ｅ／ＣＮ．７')).toBe('E/CN.7');
    expect(symbolKey(' a/76/6 (sect. 16) ')).toBe(symbolKey('A/76/6 (Sect. 16)'));
  });
});

describe('the lookup table', () => {
  test('every resolution URL computed from the table is the record’s own URL', () => {
    expect(table.resolutions).toHaveLength(resolutions.length);
    table.resolutions.forEach(([body, kind, number], i) => expect(resolutionUrl(body, kind, number)).toBe(resolutions[i]!.url));
  });

  test('every resolution and every symbol of the corpus is found by its own number', () => {
    for (const r of resolutions) {
      const o = lookup(r.officialSymbol ?? `${r.body} ${r.number}`, table);
      const urls = o.status === 'found' ? [o.target.url] : o.status === 'ambiguous' ? o.targets.map((t) => t.url) : [];
      expect(urls, `${r.body} ${r.number}`).toContain(r.url);
    }
    for (const d of documents) for (const s of [d.symbol, ...d.symbols]) expect(where(lookup(s, table)), s).toBe(d.url);
    for (const c of citedDocuments)
      expect(where(lookup(c.symbol, table)), c.symbol).toBe(c.inCorpus ? documents.find((d) => d.id === c.inCorpus)!.url : c.url);
  });

  test('titles are shortened, and the table stays small', () => {
    expect(shortTitle('a'.repeat(TITLE_CHARS + 5))).toHaveLength(TITLE_CHARS);
    expect(Buffer.byteLength(JSON.stringify({ ...table, places: undefined }))).toBeLessThan(80_000);
  });

  test('an empty table finds nothing and says so', () => {
    const empty: LookupTable = { resolutions: [], symbols: [] };
    expect(where(lookup('74/247', empty))).toBe('missing https://undocs.org/zh/A/RES/74/247');
  });
});

/** The record with this document symbol and number, from the collections (never a URL written by hand). */
const paraUrl = (symbol: string, number: string) => paragraphs.find((p) => p.document === symbol && p.number === number)!.url;
const tableUrl = (number: string) => tables.find((t) => t.number === number)!.url;
const figureUrl = (printed: string) => figures.find((f) => f.numberPrinted === printed)!.url;
const fascicle = documents.find((d) => d.kind === 'budget-fascicle')!.symbol;
const report = documents.find((d) => d.symbols.includes('E/CN.7/2022/2'))!.symbol;

describe('lookup by paragraph, table and figure number', () => {
  test.each<[string, () => string]>([
    ['16.36', () => paraUrl(fascicle, '16.36')],
    ['第16.36段', () => paraUrl(fascicle, '16.36')],
    ['第 16.36 段', () => paraUrl(fascicle, '16.36')],
    ['第１６．３６段', () => paraUrl(fascicle, '16.36')],
    ['para. 16.36', () => paraUrl(fascicle, '16.36')],
    ['Para 16.36', () => paraUrl(fascicle, '16.36')],
    ['paragraph 16.36', () => paraUrl(fascicle, '16.36')],
    ['A/76/6 (Sect. 16), para. 16.36', () => paraUrl(fascicle, '16.36')],
    ['A/76/6 (Sect. 16) 第 16.36 段', () => paraUrl(fascicle, '16.36')],
    ['A/76/6 (Sect. 16)，第16.36段', () => paraUrl(fascicle, '16.36')],
    ['A/76/6 (Sect. 16) 16.36', () => paraUrl(fascicle, '16.36')],
    ['a/76/6(sect.16) 16.36', () => paraUrl(fascicle, '16.36')],
    ['E/CN.7/2022/2 第 46 段', () => paraUrl(report, '46')],
    ['E/CN.15/2022/2, para. 46', () => paraUrl(report, '46')],
    ['E/CN.7/2022/2-E/CN.15/2022/2 第 46 段', () => paraUrl(report, '46')],
    ['16.263(a)', () => paraUrl(fascicle, '16.263')],
    ['第 16.263(a) 段', () => paraUrl(fascicle, '16.263')],
    ['第 16.263 (a) 段', () => paraUrl(fascicle, '16.263')],
    ['表 16.33', () => tableUrl('16.33')],
    ['表16.33', () => tableUrl('16.33')],
    ['table 16.33', () => tableUrl('16.33')],
    ['A/76/6 (Sect. 16) 表 16.33', () => tableUrl('16.33')],
    ['图 16.三', () => figureUrl('16.三')],
    ['图16.3', () => figureUrl('16.三')],
    ['figure 16.III', () => figureUrl('16.三')],
    ['fig. 16.iii', () => figureUrl('16.三')],
  ])('%s goes to its place', (input, url) => {
    const o = lookup(input, table);
    expect(o.status, input).toBe('found');
    expect(where(o)).toBe(url());
  });

  test('the target says where it is in the words a delegate cites', () => {
    const o = lookup('16.263(a)', table);
    expect(o.status === 'found' && o.target.label).toBe(`${fascicle} 第 16.263(a) 段`);
    const f = lookup('图 16.3', table);
    expect(f.status === 'found' && f.target.label).toBe(`${fascicle} 图 16.三`);
    expect(f.status === 'found' && f.target.title).not.toBe('');
  });

  test('a bare number that is a paragraph in several documents lists each', () => {
    const holders = paragraphs.filter((p) => p.number === '46');
    expect(holders.length).toBeGreaterThan(1);
    for (const input of ['46', '第 46 段', 'para. 46']) {
      const o = lookup(input, table);
      expect(o.status, input).toBe('ambiguous');
      expect(where(o)).toBe(
        holders
          .map((p) => p.url)
          .sort()
          .join(' | '),
      );
      if (o.status === 'ambiguous') expect(new Set(o.targets.map((t) => t.label)).size).toBe(holders.length);
    }
  });

  test('a number the corpus numbers nothing by: bare, it is ordinary text; worded, it is a place not here', () => {
    expect(lookup('3.5', table).status).toBe('none');
    expect(lookup('999', table).status).toBe('none');
    for (const input of ['第 99.99 段', '表 99.1', '图 99.一']) {
      const o = lookup(input, table);
      expect(o.status, input).toBe('missing');
      expect(o.status === 'missing' && o.officialUrl).toBe(null);
    }
  });

  test('a held document without that paragraph: not here, the document offered', () => {
    const o = lookup('A/76/6 (Sect. 16) 第 99.1 段', table);
    expect(o.status).toBe('missing');
    expect(o.status === 'missing' && o.related.map((t) => t.url)).toEqual([documents.find((d) => d.symbol === fascicle)!.url]);
  });

  test('A/76/6 alone offers A/76/6 (Sect. 16)', () => {
    const o = lookup('A/76/6', table);
    expect(o.status).toBe('missing');
    expect(o.status === 'missing' && o.related.map((t) => t.label)).toContain(fascicle);
  });

  test('a joint symbol resolves as one', () => {
    const o = lookup('E/CN.7/2022/3-E/CN.15/2022/3', table);
    expect(o.status).toBe('found');
    expect(o.status === 'found' && o.target.label).toBe('E/CN.7/2022/3-E/CN.15/2022/3');
    expect(o.status === 'found' && o.target.url).toBe(citedDocuments.find((c) => c.symbol === 'E/CN.7/2022/3')!.url);
  });

  test.each<[string, string]>([
    // A document the site does not hold: an official link built from the symbol alone, never from what follows it.
    ['A/76/6 (Sect. 17) 16.36', 'https://undocs.org/zh/A/76/6%20(Sect.%2017)'],
    ['A/77/6 (Sect. 16), para. 16.36', 'https://undocs.org/zh/A/77/6%20(Sect.%2016)'],
    ['E/CN.7/2099/2 第 46 段', 'https://undocs.org/zh/E/CN.7/2099/2'],
  ])('%s: not held, linked to the official text of the symbol only', (input, official) => {
    const o = lookup(input, table);
    expect(o.status).toBe('missing');
    expect(o.status === 'missing' && o.officialUrl).toBe(official);
  });

  test('a symbol the site only cites: its page offered, with the official text', () => {
    const o = lookup('E/CN.7/2022/3 第 5 段', table);
    expect(o.status).toBe('missing');
    expect(o.status === 'missing' && o.related.map((t) => t.url)).toEqual(['/symbols/e-cn.7-2022-3/']);
    expect(o.status === 'missing' && o.officialUrl).toBe('https://undocs.org/zh/E/CN.7/2022/3');
  });

  test('no undocs URL ever carries text that is not a symbol', () => {
    for (const input of [
      'A/76/6 (Sect. 16) 16.36',
      'A/76/6 (Sect. 16) foo',
      'A/76 16.36',
      'E/CN.7/ 第 5 段',
      'A/76/6 (Sect. 99) 表 1',
      'E/CN.7/2022/9 16.36',
    ]) {
      const o = lookup(input, table);
      if (o.status !== 'missing' || !o.officialUrl) continue;
      const symbol = decodeURI(o.officialUrl.replace('https://undocs.org/zh/', ''));
      expect(symbol, input).toMatch(/^[AES](\/[A-Za-z0-9.]+)+( \(Sect\. \d+\))?(\/[A-Za-z0-9.]+)*$/);
    }
  });

  test('every paragraph, table and figure is found by its own citation', () => {
    for (const p of paragraphs) expect(where(lookup(`${p.document} 第 ${p.number} 段`, table)), p.id).toBe(p.url);
    for (const t of tables) expect(where(lookup(`${t.document} 表 ${t.number}`, table)), t.id).toBe(t.url);
    for (const f of figures) expect(where(lookup(`${f.document} 图 ${f.numberPrinted}`, table)), f.id).toBe(f.url);
  });
});
