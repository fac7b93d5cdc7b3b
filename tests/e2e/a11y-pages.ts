/**
 * Which pages the accessibility tests open. A page type is one route of the site (one file under
 * src/pages/ that renders HTML); its pages are the built files that route produced. Read from the tree and
 * from dist/, never listed by hand, so a new route or next year's documents are covered with no change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { dist } from './harness.ts';

const pagesDir = resolve(import.meta.dirname, '../../src/pages');

export interface PageType {
  /** The route as written under src/pages/ (`documents/[doc]/index.astro`). */
  route: string;
  /** URL paths of its built pages with their HTML size in bytes, smallest first. */
  pages: { path: string; bytes: number }[];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** `documents/[doc]/index.astro` → /^\/documents\/[^/]+\/$/ ; `404.astro` → /^\/404\.html$/. */
function routePattern(route: string): RegExp {
  const path = route.replace(/\.astro$/, '').replace(/(^|\/)index$/, '$1');
  const source = path
    .split('/')
    .map((seg) => (/^\[.+\]$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^/${source}${path === '' || path.endsWith('/') ? '' : path === '404' ? '\\.html' : '/'}$`);
}

/** Every route with the pages it built; a static segment wins over a parameter (`/documents/` is not a `[doc]`). */
export function pageTypes(): PageType[] {
  const routes = files(pagesDir)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => relative(pagesDir, f).split('\\').join('/'));
  const built = files(dist)
    .filter((f) => f.endsWith('.html') && !relative(dist, f).startsWith('pagefind'))
    .map((f) => ({
      path: `/${relative(dist, f)
        .split('\\')
        .join('/')
        .replace(/index\.html$/, '')}`,
      bytes: statSync(f).size,
    }));
  const byStatic = [...routes].sort((x, y) => (x.match(/\[/g)?.length ?? 0) - (y.match(/\[/g)?.length ?? 0));
  const types = new Map<string, PageType>(byStatic.map((route) => [route, { route, pages: [] }]));
  for (const page of built) {
    const route = byStatic.find((r) => routePattern(r).test(page.path));
    if (route) types.get(route)!.pages.push(page);
  }
  for (const t of types.values()) t.pages.sort((x, y) => x.bytes - y.bytes || x.path.localeCompare(y.path));
  return [...types.values()].filter((t) => t.pages.length > 0);
}

/** The page of median size: what a typical page of the type carries. */
export const representative = (t: PageType) => t.pages[Math.floor((t.pages.length - 1) / 2)]!.path;
/** The largest page: where long lists, big tables and many links pile up. */
export const heaviest = (t: PageType) => t.pages[t.pages.length - 1]!.path;

export type ColorScheme = 'light' | 'dark';

/**
 * Serious or critical WCAG 2.2 A/AA violations axe finds on one page, in each colour scheme asked for, prefixed
 * with the scheme. The page is loaded once: the first scheme is emulated before loading, the next ones are
 * switched to in place (emulateMedia recomputes the styles of the same DOM, as a reader's system switch does).
 * Same rules and same nodes as AxeBuilder's default, run faster: axe runs once in the page (`axe.run`,
 * AxeBuilder's legacy mode) instead of per frame with the partial results shipped to a blank page to be
 * merged (which exists for cross-origin iframes; the site has none, and a page with a frame fails here), and
 * only violations are collected (passes are reduced to one node each). On the 1 MB fascicle page this takes
 * axe from about 85 s to about 20 s.
 */
export async function axeViolationsPerScheme(page: Page, url: string, schemes: ColorScheme[]): Promise<string[]> {
  const found: string[] = [];
  for (const [i, colorScheme] of schemes.entries()) {
    await page.emulateMedia({ colorScheme });
    if (i === 0) await page.goto(url);
    if (page.frames().length > 1) throw new Error(`${url} has a frame: axe must run per frame (drop setLegacyMode)`);
    const { violations } = await new AxeBuilder({ page })
      .options({ resultTypes: ['violations'] }) // before withTags, which adds runOnly to these options
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .setLegacyMode(true)
      .analyze();
    found.push(
      ...violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`),
    );
  }
  return found;
}

export const pageHtml = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
