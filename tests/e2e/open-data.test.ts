/** The open-data interface as a script would use it: index, JSON collections, CSV, the fixed fields. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { parse as parseCsv } from 'csv-parse/sync';
import { serveDist } from './harness.ts';
import { collectionSchemas, type CollectionName } from '../../core/schemas/collections.ts';
import { bodyNames } from '../../core/bodies.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  site = await serveDist();
});
afterAll(async () => {
  await site.close();
});

const get = async (path: string) => {
  const r = await fetch(site.url + path);
  expect(r.status, path).toBe(200);
  return r;
};

describe('/data/', () => {
  test('index lists every collection with files that exist and counts that match', async () => {
    const index = (await (await get('/data/index.json')).json()) as {
      collections: { name: string; records: number; json: string; csv: string | null }[];
    };
    expect(index.collections.map((c) => c.name)).toEqual(
      expect.arrayContaining(['documents', 'paragraphs', 'resolutions', 'discrepancies']),
    );
    for (const c of index.collections) {
      const records = (await (await get(c.json)).json()) as unknown[];
      expect(records.length, c.name).toBe(c.records);
      if (c.csv) {
        const bytes = new Uint8Array(await (await get(c.csv)).arrayBuffer());
        // A BOM first, so Excel on Windows opens the Chinese text as UTF-8 (TextDecoder drops it again).
        expect([...bytes.slice(0, 3)], c.csv).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder().decode(bytes);
        const rows = parseCsv<Record<string, string>>(text, { columns: true, bom: true });
        expect(rows.length, c.csv).toBe(c.records);
        if (rows.length) expect(Object.keys(rows[0]!), c.csv).toContain('id');
      }
    }
  });

  test('records come in reader order, not sorted by id as text', async () => {
    // Paragraphs of a document in their sequence (16.2 before 16.10), as printed.
    const paragraphs = (await (await get('/data/paragraphs.json')).json()) as { document: string; number: string }[];
    const parts = (n: string) => n.split('.').map(Number);
    const later = (a: string, b: string) => {
      const [x, y] = [parts(a), parts(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) > (y[i] ?? -1);
      return false;
    };
    const backwards = paragraphs.flatMap((p, i) => {
      const prev = paragraphs[i - 1];
      return prev && prev.document === p.document && !later(p.number, prev.number) ? [`${prev.number} → ${p.number}`] : [];
    });
    expect(backwards).toEqual([]);
    // Resolutions in the UN's order of bodies (General Assembly first), as the site lists them.
    const order = Object.keys(bodyNames);
    const bodies = ((await (await get('/data/resolutions.json')).json()) as { body: string }[]).map((r) => order.indexOf(r.body));
    expect(bodies.filter((b, i) => i > 0 && b < bodies[i - 1]!)).toEqual([]);
    // The CSV rows in the order of the JSON records.
    const csvIds = parseCsv<{ id: string }>(await (await get('/data/paragraphs.csv')).text(), { columns: true, bom: true }).map(
      (r) => r.id,
    );
    expect(csvIds).toEqual(((await (await get('/data/paragraphs.json')).json()) as { id: string }[]).map((r) => r.id));
  });

  test('resolution records carry the fixed fields', async () => {
    const records = (await (await get('/data/resolutions.json')).json()) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(['GA', 'SC', 'ECOSOC', 'CND', 'CCPCJ', 'COP-UNTOC', 'COSP-UNCAC']).toContain(r.body);
      expect(['resolution', 'decision']).toContain(r.kind);
      expect(typeof r.number).toBe('string');
      expect(Array.isArray(r.titles)).toBe(true);
      for (const c of r.citations as Record<string, unknown>[]) {
        expect(c).toHaveProperty('document');
        expect(c).toHaveProperty('paragraph');
        expect(c).toHaveProperty('mandateList');
      }
      expect(typeof r.url).toBe('string');
    }
  });

  test('every record url resolves to a page', async () => {
    const urls = new Set<string>();
    for (const name of ['documents', 'subprogrammes', 'results', 'resolutions', 'citedDocuments']) {
      for (const r of (await (await get(`/data/${name}.json`)).json()) as { url: string }[]) urls.add(r.url.split('#')[0]!);
    }
    for (const u of urls) await get(u);
  });

  test('every published record validates against its collection schema', async () => {
    const index = (await (await get('/data/index.json')).json()) as { collections: { name: string; json: string }[] };
    for (const c of index.collections) {
      const schema = collectionSchemas[c.name as CollectionName];
      expect(schema, c.name).toBeDefined();
      const records = (await (await get(c.json)).json()) as unknown[];
      for (const r of records) expect(schema.safeParse(r).error?.issues ?? [], c.name).toEqual([]);
    }
  });

  // Counts read by hand in the seeds: annex II of A/76/6 (Sect. 16) (附件二, 为执行监督机构相关建议而采取的后续行动汇总)
  // prints three Board of Auditors recommendations (A/73/5/Add.10 paras 144 and 153, A/71/5/Add.10 para 86) and two of
  // the Advisory Committee (A/75/7 and A/75/7/Corr.1 para 四.102, A/74/7 para 四.113). Every action but the one on
  // A/75/7 opens with its status (这项建议正在执行中); the three Board of Auditors actions refer to A/75/339/Add.1.
  test('oversight follow-up: the annex’s five recommendations with body, report and paragraph, each on its page', async () => {
    const records = (await (await get('/data/oversight.json')).json()) as z.infer<typeof collectionSchemas.oversight>[];
    expect(records.map((o) => [o.bodyCode, o.reports[0]!.symbol, o.paragraph])).toEqual([
      ['BOA', 'A/73/5/Add.10', '144'],
      ['BOA', 'A/73/5/Add.10', '153'],
      ['BOA', 'A/71/5/Add.10', '86'],
      ['ACABQ', 'A/75/7', '四.102'],
      ['ACABQ', 'A/74/7', '四.113'],
    ]);
    expect(records.filter((o) => o.status !== null)).toHaveLength(4);
    expect(records.flatMap((o) => o.progressIn.map((p) => `${p.symbol} ${p.place}`))).toEqual([
      'A/75/339/Add.1 第 1 269 段',
      'A/75/339/Add.1 第 1 271 段',
      'A/75/339/Add.1 第 1 285 段',
    ]);
    const csv = parseCsv<Record<string, string>>(new TextDecoder().decode(await (await get('/data/oversight.csv')).arrayBuffer()), {
      columns: true,
      bom: true,
    });
    expect(csv.map((r) => r.id)).toEqual(records.map((o) => o.id));
    for (const o of records) {
      const [path, anchor] = o.url.split('#');
      expect(await (await get(path!)).text()).toContain(`id="${anchor}"`);
    }
  });

  // Read by hand: chapter 五 (建议) of E/CN.7/2022/2 numbers paragraphs 110–131 under seven theme headings; chapter 八
  // (建议) of E/CN.7/2012/2 numbers paragraphs 94–101.
  test('recommendations: every paragraph of both reports’ recommendations chapters, in order, each on its page', async () => {
    const records = (await (await get('/data/recommendations.json')).json()) as z.infer<typeof collectionSchemas.recommendations>[];
    const paras = (doc: string) =>
      records
        .filter((r) => r.documentId === doc)
        .map((r) => Number(r.paragraph))
        .sort((a, b) => a - b);
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
    expect(paras('e-cn.7-2022-2')).toEqual(range(110, 131));
    expect(paras('e-cn.7-2012-2')).toEqual(range(94, 101));
    expect(new Set(records.filter((r) => r.documentId === 'e-cn.7-2022-2').map((r) => r.theme)).size).toBe(7);
    const page = await (await get('/documents/e-cn.7-2022-2/recommendations/')).text();
    for (const r of records.filter((x) => x.documentId === 'e-cn.7-2022-2')) expect(page).toContain(`id="rec-${r.paragraph}"`);
  });

  // Read by hand: subprogramme 8's list (立法授权 after 16.213) prints seven General Assembly resolutions in two columns,
  // one Economic and Social Council resolution and four of the Commission on Narcotic Drugs; the programme's own list
  // (16.18) eight conventions, sixteen General Assembly resolutions, one each of the two commissions and two
  // declarations.
  test('mandate entries: lists counted by hand', async () => {
    const records = (await (await get('/data/mandates.json')).json()) as z.infer<typeof collectionSchemas.mandates>[];
    const list = (key: string) => records.filter((m) => m.list === key);
    const byBody = (key: string) => Object.groupBy(list(key), (m) => m.body ?? m.kind);
    expect(Object.fromEntries(Object.entries(byBody('8')).map(([k, v]) => [k, v.length]))).toEqual({ GA: 7, ECOSOC: 1, CND: 4 });
    expect(list('programme')).toHaveLength(28);
    expect(list('programme').filter((m) => m.body === 'GA')).toHaveLength(16);
  });
});
