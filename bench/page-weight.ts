/**
 * Bytes a page costs on first load, by page type: its HTML, the CSS it links and the JS it loads up front
 * (module scripts, modulepreloads and their static imports; dynamic imports such as Pagefind or chart.js
 * are loaded on demand and counted apart), each gzipped as a static host would send it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Page type of a URL path: the site's page kinds, for grouping figures. */
export function pageType(path: string): string {
  const rules: [RegExp, string][] = [
    [/^\/$/, 'home'],
    [/^\/404\.html$/, '404'],
    [/^\/documents\/$/, 'document index'],
    [/^\/documents\/[^/]+\/$/, 'document'],
    [/^\/documents\/[^/]+\/subprogrammes\/[^/]+\/$/, 'subprogramme'],
    [/^\/documents\/[^/]+\/subprogrammes\/[^/]+\/results\/[^/]+\/$/, 'result'],
    [/^\/documents\/[^/]+\/chapters\/[^/]+\/$/, 'chapter'],
    [/^\/documents\/[^/]+\/full\/$/, 'full text'],
    [/^\/documents\/[^/]+\/mandates\/$/, 'mandate review (programme)'],
    [/^\/documents\/[^/]+\/subprogrammes\/[^/]+\/mandates\/$/, 'mandate review (unit)'],
    [/^\/documents\/[^/]+\/oversight\/$/, 'oversight follow-up'],
    [/^\/documents\/[^/]+\/recommendations\/$/, 'recommendations by theme'],
    [/^\/threads\/$/, 'threads'],
    [/^\/threads\/reports\/$/, 'report comparison'],
    [/^\/threads\/working-group\/$/, 'working-group time line'],
    [/^\/brief\/$/, 'brief'],
    [/^\/resolutions\/$/, 'resolution index'],
    [/^\/resolutions\/[^/]+\/$/, 'resolution'],
    [/^\/symbols\/$/, 'symbol index'],
    [/^\/symbols\/[^/]+\/$/, 'symbol'],
    [/^\/charts\//, 'charts'],
    [/^\/search\/$/, 'search'],
    [/^\/lookup\/$/, 'lookup'],
    [/^\/data\/$/, 'open data'],
    [/^\/source-issues\/$/, 'source issues'],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? 'other';
}

export function htmlPages(dist: string): { file: string; path: string }[] {
  const out: { file: string; path: string }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name.endsWith('.html'))
        out.push({
          file: p,
          path: `/${relative(dist, p)
            .split('\\')
            .join('/')
            .replace(/(^|\/)index\.html$/, '$1')}`,
        });
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

export interface PageWeight {
  path: string;
  type: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Gzipped weights of every page; asset sizes are cached, a page's JS includes its static import graph. */
export function pageWeights(dist: string): PageWeight[] {
  const assetSize = new Map<string, number>();
  const assetImports = new Map<string, string[]>();
  const size = (url: string) => {
    if (!assetSize.has(url)) {
      try {
        assetSize.set(url, gz(readFileSync(join(dist, url))));
      } catch {
        assetSize.set(url, 0);
      }
    }
    return assetSize.get(url)!;
  };
  // Static imports of a bundled module (`import"./x.js"`, `from"./x.js"`), not `import("./x.js")`.
  const imports = (url: string): string[] => {
    if (!assetImports.has(url)) {
      let text = '';
      try {
        text = readFileSync(join(dist, url), 'utf8');
      } catch {
        /* missing: counted as 0 */
      }
      const found = [...text.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
        join(dirname(url), m[1]!).split('\\').join('/'),
      );
      assetImports.set(url, found);
    }
    return assetImports.get(url)!;
  };
  return htmlPages(dist).map(({ file, path }) => {
    const html = readFileSync(file, 'utf8');
    const css = new Set<string>();
    const js = new Set<string>();
    for (const m of html.matchAll(/<link\b[^>]*>/g)) {
      const href = /href="([^"]+)"/.exec(m[0])?.[1];
      if (!href?.startsWith('/')) continue;
      if (/rel="stylesheet"/.test(m[0])) css.add(href);
      if (/rel="modulepreload"/.test(m[0])) js.add(href);
    }
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+)"/g)) js.add(m[1]!);
    const queue = [...js];
    while (queue.length)
      for (const dep of imports(queue.pop()!))
        if (!js.has(dep)) {
          js.add(dep);
          queue.push(dep);
        }
    const h = gz(html);
    const c = [...css].reduce((n, u) => n + size(u), 0);
    const j = [...js].reduce((n, u) => n + size(u), 0);
    return { path, type: pageType(path), html: h, css: c, js: j, total: h + c + j };
  });
}

export interface TypeSummary {
  type: string;
  pages: number;
  medianTotal: number;
  maxTotal: number;
  maxPath: string;
  medianHtml: number;
  css: number;
  js: number;
}

export function summarizeWeights(weights: PageWeight[]): TypeSummary[] {
  const byType = new Map<string, PageWeight[]>();
  for (const w of weights) byType.set(w.type, [...(byType.get(w.type) ?? []), w]);
  return [...byType]
    .map(([type, ws]) => {
      const totals = ws.map((w) => w.total).sort((a, b) => a - b);
      const htmls = ws.map((w) => w.html).sort((a, b) => a - b);
      const max = ws.reduce((m, w) => (w.total > m.total ? w : m));
      return {
        type,
        pages: ws.length,
        medianTotal: totals[Math.floor(totals.length / 2)]!,
        maxTotal: max.total,
        maxPath: max.path,
        medianHtml: htmls[Math.floor(htmls.length / 2)]!,
        css: max.css,
        js: max.js,
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** Representative page of each type (the median-weight one), plus the heaviest where it weighs twice the median. */
export function representativePages(weights: PageWeight[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of summarizeWeights(weights)) {
    const ws = weights.filter((w) => w.type === s.type).sort((a, b) => a.total - b.total);
    out.set(s.type, ws[Math.floor(ws.length / 2)]!.path);
    if (s.maxTotal >= 2 * s.medianTotal) out.set(`${s.type} (heaviest)`, s.maxPath);
  }
  return out;
}

export function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  walk(dir);
  return { bytes, files };
}
