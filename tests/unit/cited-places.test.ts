/** The places the header search lists under a recognised number (src/lib/cited-places.ts), on the real records. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../../core/schemas/document.ts';
import type { Resolution } from '../../core/schemas/resolution.ts';
import type { CitedDocument } from '../../core/schemas/cited-document.ts';
import { citedPlaces } from '../../src/lib/cited-places.ts';
import { citedPlacesUrl } from '../../src/lib/cited-place-file.ts';

const load = <T>(name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/${name}.json`), 'utf8')) as T;
const documents = load<DocumentRecord[]>('documents');
const resolutions = load<Resolution[]>('resolutions');
const symbols = load<CitedDocument[]>('citedDocuments');

describe('citedPlaces', () => {
  test('every citation once, with its permalink, the citing symbol and the place in both languages', () => {
    for (const r of resolutions) {
      const places = citedPlaces(r.citations, documents);
      expect(places.map((p) => p.url).toSorted()).toEqual(r.citations.map((c) => c.url).toSorted());
      for (const p of places) {
        expect(p.place.zh).not.toMatch(/行|line/);
        expect(p.place.en).not.toMatch(/[\u4e00-\u9fff]/u);
      }
    }
  });

  test('citing documents in the order of their dates, each in printed order', () => {
    const many = resolutions.filter((r) => new Set(r.citations.map((c) => c.documentId)).size > 1);
    expect(many.length).toBeGreaterThan(0);
    for (const r of many) {
      const places = citedPlaces(r.citations, documents);
      const docs = places.map((p) => p.document).filter((d, i, all) => all.indexOf(d) === i);
      // One run per document, never interleaved.
      expect(places.map((p) => p.document).filter((d, i, all) => i === 0 || all[i - 1] !== d)).toEqual(docs);
      // Within a document, in the order of the source (where each place has one citation, its line tells).
      const lineOf = new Map(r.citations.map((c) => [c.url, c.line]));
      if (lineOf.size < r.citations.length) continue;
      for (const d of docs) {
        const lines = places.filter((p) => p.document === d).map((p) => lineOf.get(p.url)!);
        expect(lines).toEqual(lines.toSorted((a, b) => a - b));
      }
    }
  });

  test('a mandate entry is named by its list, a table row by its paragraph and table', () => {
    const places = resolutions.flatMap((r) =>
      citedPlaces(r.citations, documents).map((p, i) => ({ p, c: r.citations.find((c) => c.url === p.url)!, i })),
    );
    const entry = places.find(({ c }) => c.precision === 'mandate-entry' && c.mandateList !== 'programme');
    expect(entry?.p.place.zh).toMatch(/^次级方案 \S+ (构成部分 \S+ )?立法授权$/);
    const row = places.find(({ c }) => c.precision === 'table-row' && c.paragraph !== null);
    expect(row?.p.place.zh).toBe(`第 ${row!.c.paragraph} 段，表 ${row!.c.table}`);
    expect(row?.p.place.en).toBe(`para. ${row!.c.paragraph}, table ${row!.c.table}`);
  });

  test('cited symbols have places too', () => {
    const s = symbols.find((d) => d.citations.length > 0)!;
    expect(citedPlaces(s.citations, documents)).toHaveLength(s.citations.length);
  });
});

describe('citedPlacesUrl', () => {
  test('resolution, symbol and corpus document pages have a file; other pages do not', () => {
    expect(citedPlacesUrl('/resolutions/ga-resolution-74-247/')).toBe('/search/cited/resolutions/ga-resolution-74-247.json');
    expect(citedPlacesUrl('/symbols/a-75-6-sect-16-corr.1/')).toBe('/search/cited/symbols/a-75-6-sect-16-corr.1.json');
    expect(citedPlacesUrl('/documents/e-cn.7-2022-2/')).toBe('/search/cited/documents/e-cn.7-2022-2.json');
    expect(citedPlacesUrl('/documents/e-cn.7-2022-2/recommendations/')).toBeNull();
    expect(citedPlacesUrl('/resolutions/')).toBeNull();
  });
});
