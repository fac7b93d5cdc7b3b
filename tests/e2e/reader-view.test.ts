/**
 * A reader sees the document, not the machinery: no page's visible text (text, titles, labels) names a seed file
 * or a source line ("第 311 行"), and no in-site link uses a line-based anchor (`#h-2077`), which are only kept
 * as aliases for links published before anchors came from the document's structure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { dist } from './harness.ts';
import { builtPages } from './site-files.ts';
import type { DocumentRecord } from '../../core/schemas/document.ts';

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

const root = resolve(import.meta.dirname, '../..');
const seedFiles: string[] = JSON.parse(readFileSync(join(root, 'seeds/manifest.json'), 'utf8')).seeds.map((s: { file: string }) => s.file);
const documents: DocumentRecord[] = JSON.parse(readFileSync(join(root, 'content/documents.json'), 'utf8'));
const legacyAnchors = new Set(
  documents.flatMap((d) => d.blocks.flatMap((b) => (b.type === 'heading' && b.legacyAnchor ? [b.legacyAnchor] : []))),
);
const VISIBLE_ATTRS = new Set(['title', 'aria-label', 'alt', 'placeholder', 'data-en-aria-label', 'data-en-title']);

/** Text a reader can see or hear on a page: text nodes outside scripts and styles, and labelling attributes. */
function visibleText(html: string): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === 'script' || n.nodeName === 'style') return;
    if (n.nodeName === '#text' && n.value) out.push(n.value);
    for (const a of n.attrs ?? []) if (VISIBLE_ATTRS.has(a.name)) out.push(a.value);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parse(html));
  return out.join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

describe('nothing internal in the reader view', () => {
  const files = htmlFiles(dist);

  test('the corpus has line-based aliases to guard (the check below can fail)', () => {
    expect(legacyAnchors.size).toBeGreaterThan(0);
    expect(seedFiles.length).toBeGreaterThan(0);
  });

  test('no visible text names a seed file or a source line', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = visibleText(readFileSync(file, 'utf8'));
      for (const seed of seedFiles) if (text.includes(seed)) found.push(`${file.slice(dist.length)}: ${seed}`);
      for (const m of text.matchAll(/第\s*\d+\s*行/g)) found.push(`${file.slice(dist.length)}: ${m[0]}`);
      for (const m of text.matchAll(/\^[0-9a-z*]+/gi)) found.push(`${file.slice(dist.length)}: raw mark ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  test('no in-site link uses a line-based anchor', () => {
    const found: string[] = [];
    for (const page of builtPages()) {
      for (const href of page.links) {
        const anchor = decodeURIComponent(new URL(href, `http://site${page.path}`).hash.slice(1));
        if (anchor && (legacyAnchors.has(anchor) || /^h-\d+/.test(anchor))) found.push(`${page.path} → ${href}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('old line-based heading anchors still resolve on the page that holds the heading', () => {
    const pages = builtPages();
    const ids = new Set(pages.flatMap((p) => [...p.ids]));
    expect([...legacyAnchors].filter((a) => !ids.has(a))).toEqual([]);
  });
});
