/** The open-data interface as a script would use it: index, JSON collections, CSV, the fixed fields. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { serveDist } from './harness.ts';

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
});
