/**
 * Which pages the accessibility tests open. A page type is one route of the site (one file under
 * src/pages/ that renders HTML); its pages are the built files that route produced. Read from the tree and
 * from dist/, never listed by hand, so a new route or next year's documents are covered with no change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
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

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * axe's WCAG A/AA rules that read colours: the only ones a colour scheme can change, since the dark scheme only
 * redefines colour variables (a11y.test.ts checks the stylesheets for that).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's source, the copy @axe-core/playwright itself injects. */
const axeSource = readFileSync(
  createRequire(fileURLToPath(import.meta.resolve('@axe-core/playwright'))).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe as the project runs it: injected once per page (page.evaluate, which the page's CSP does not govern) and
 * run in the page (`axe.run`, what AxeBuilder's legacy mode does, without injecting it again for each run),
 * instead of per frame with the partial results shipped to a blank page to be merged (which exists for
 * cross-origin iframes; the site has none, and a page with a frame fails here), collecting only violations
 * (passes reduced to one node each). Returns serious and critical ones.
 */
async function seriousViolations(page: Page, rules: { only?: string[]; skip?: string[] }, prefix: string): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has a frame: axe must run per frame`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options = {
    resultTypes: ['violations'],
    runOnly: rules.only ? { type: 'rule', values: rules.only } : { type: 'tag', values: TAGS },
    rules: Object.fromEntries((rules.skip ?? []).map((id) => [id, { enabled: false }])),
  };
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<AxeResults> } }).axe
        .run(document, options)
        .then((r) => r.violations),
    options,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${prefix}: ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

/**
 * Every rule on one page in each colour scheme asked for, prefixed with the scheme: the full sweep. The page is
 * loaded once: the first scheme is emulated before loading, the next ones are switched to in place
 * (emulateMedia recomputes the styles of the same DOM, as a reader's system switch does).
 */
export async function axeViolationsPerScheme(page: Page, url: string, schemes: ColorScheme[]): Promise<string[]> {
  const found: string[] = [];
  for (const [i, colorScheme] of schemes.entries()) {
    await page.emulateMedia({ colorScheme });
    if (i === 0) await page.goto(url);
    found.push(...(await seriousViolations(page, {}, colorScheme)));
  }
  return found;
}

/**
 * axe's rules whose cost grows with every element of a kind, while the repeats of that kind add nothing: the
 * sample runs them on the page with its alike repeats trimmed (trimRepeats). The colour rules compute each text
 * element's colours; target-size measures each link and button against its neighbours' boxes (9 s of the 15 s
 * axe took on the 34 000-element mandates page, 0.2 s trimmed). A repeat has the styles, and so the colours and
 * the size, of the ones kept beside it.
 */
const PER_REPEAT_RULES = [...COLOUR_RULES, 'target-size'];

/**
 * The sample's check of one page, in the time a 1 MB page allows:
 * - every other rule on the whole page, once (they do not depend on the scheme; trimming could break what
 *   they check, an aria-controls or a label pointing at a removed element);
 * - then, on the page with its repeats trimmed (every kind of element the page has is still there, in its own
 *   place and styles, but a table of 650 alike rows keeps a few): the colour rules in light and in dark, and
 *   target-size once (the size of a target does not depend on the scheme).
 */
export async function axeSampleViolations(page: Page, url: string): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  const found = await seriousViolations(page, { skip: PER_REPEAT_RULES }, 'any scheme');
  await page.evaluate(trimRepeats, KEEP_ALIKE);
  found.push(...(await seriousViolations(page, { only: PER_REPEAT_RULES }, 'light')));
  await page.emulateMedia({ colorScheme: 'dark' });
  found.push(...(await seriousViolations(page, { only: COLOUR_RULES }, 'dark')));
  return found;
}

/** Siblings of one tag kept whatever they hold: enough for both parities of a striped table. */
const KEEP_ALIKE = 3;

/**
 * In the browser: removes repeated siblings that bring nothing new. Children of one parent are walked in order
 * (deepest first); a child is kept if it is among the first `keep` of its tag there, or if it or anything in it
 * has a tag-and-class signature (`td.num`, `mark`, `a.cite`, an inline style) not yet kept under that parent.
 * Every distinct element kind thus stays in the page, in its own context, so its colours are checked.
 */
function trimRepeats(keep: number): void {
  const signature = (el: Element) => `${el.tagName}.${[...el.classList].sort().join('.')}${el.hasAttribute('style') ? '[style]' : ''}`;
  const trim = (parent: Element): Set<string> => {
    const seen = new Set<string>();
    const perTag = new Map<string, number>();
    for (const child of [...parent.children]) {
      const inside = trim(child);
      inside.add(signature(child));
      const n = perTag.get(child.tagName) ?? 0;
      if (n < keep || [...inside].some((s) => !seen.has(s))) {
        perTag.set(child.tagName, n + 1);
        for (const s of inside) seen.add(s);
      } else child.remove();
    }
    return seen;
  };
  trim(document.body);
}

export const pageHtml = (path: string) => readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
