/**
 * A reader sees the document, not the machinery: no page's visible text (text, titles, labels) names a seed file
 * or a source line ("第 311 行"), and no in-site link uses a line-based anchor (`#h-2077`), which are only kept
 * as aliases for links published before anchors came from the document's structure.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages } from './site-files.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';

const root = resolve(import.meta.dirname, '../..');
const seedFiles: string[] = JSON.parse(readFileSync(join(root, 'seeds/manifest.json'), 'utf8')).seeds.map((s: { file: string }) => s.file);
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(root, 'content/documents.json'), 'utf8'));
const legacyAnchors = new Set(
  documents.flatMap((d) => d.blocks.flatMap((b) => (b.type === 'heading' && b.legacyAnchor ? [b.legacyAnchor] : []))),
);

describe('nothing internal in the reader view', () => {
  const pages = builtPages();

  test('the corpus has line-based aliases to guard (the check below can fail)', () => {
    expect(legacyAnchors.size).toBeGreaterThan(0);
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  test('no visible text names a seed file or a source line', () => {
    const found: string[] = [];
    for (const { path, visibleText: text } of pages) {
      for (const seed of seedFiles) if (text.includes(seed)) found.push(`${path}: ${seed}`);
      for (const m of text.matchAll(/第\s*\d+\s*行/g)) found.push(`${path}: ${m[0]}`);
      for (const m of text.matchAll(/\^[0-9a-z*]+/gi)) found.push(`${path}: raw mark ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  test('no in-site link uses a line-based anchor', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const href of page.links) {
        const anchor = decodeURIComponent(new URL(href, `http://site${page.path}`).hash.slice(1));
        if (anchor && (legacyAnchors.has(anchor) || /^h-\d+/.test(anchor))) found.push(`${page.path} → ${href}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('old line-based heading anchors still resolve on the page that holds the heading', () => {
    const ids = new Set(pages.flatMap((p) => [...p.ids]));
    expect([...legacyAnchors].filter((a) => !ids.has(a))).toEqual([]);
  });
});
