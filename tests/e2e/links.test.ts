/** A link checker over dist/: every internal link and anchor resolves. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dist } from './harness.ts';
import { builtPages } from './site-files.ts';

describe('internal links', () => {
  const pages = builtPages();
  const byPath = new Map(pages.map((p) => [p.path, p]));

  test('the site has pages', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test('no broken internal link or anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of page.links) {
        const url = new URL(href, `http://site${page.path}`);
        const target = decodeURIComponent(url.pathname);
        const anchor = decodeURIComponent(url.hash.slice(1));
        const targetPage = byPath.get(target);
        if (!targetPage) {
          if (!existsSync(join(dist, target))) broken.push(`${page.path} → ${href} (no such page)`);
          continue;
        }
        if (anchor && !targetPage.ids.has(anchor)) broken.push(`${page.path} → ${href} (no anchor #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
