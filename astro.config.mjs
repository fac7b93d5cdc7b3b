// @ts-check
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';
import { cspMetaFirst } from './scripts/lib/csp-first.ts';

/**
 * The site's public origin, set in one place: the SITE_URL environment variable (`https://budget.example.int`;
 * the site is served at the root of that origin, since every link is root-relative). Canonical links, print footers, cite text and open-data `url` fields use it.
 * Without it the pages link relatively and the browser supplies the reader's own origin.
 */
function publicSite() {
  const raw = process.env.SITE_URL?.trim();
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL must be the http(s) origin the site is served at, such as https://budget.example.int, got "${raw}"`);
  }
  return url.origin;
}
const site = publicSite();

export default defineConfig({
  // A build of another corpus (bench, safety test) keeps its content-layer cache apart from the main build's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // Stylesheets inlined into each page: a paragraph permalink then paints without a second round trip for the
  // render-blocking CSS (Lighthouse mobile: 1.7 s → 1.3 s to the paragraph on a forwarded link, BENCHMARKS.md);
  // Astro hashes the inlined <style> into the CSP's style-src-elem.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // cspMetaFirst: the CSP <meta> right after <meta charset> in every built page, so the scripts Base.astro puts
  // in <head> (before the stylesheet) are covered by it (scripts/lib/csp-first.ts).
  integrations: [mdx(), cspMetaFirst()],
  // Rolldown warns that MDX content modules' "use astro:head-inject" directive "may not be preserved": a known,
  // harmless Astro 7 warning (withastro/astro#18087) printed once per editorial page; every other warning stays.
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Content-Security-Policy as a <meta> in every page's <head> (moved first by cspMetaFirst): Astro hashes the
  // scripts and styles it bundles or inlines; Base.astro adds the hashes of its inline scripts. Pagefind compiles WebAssembly
  // ('wasm-unsafe-eval'); charts draw on canvas and set CSS variables in style attributes (style-src-attr).
  // Inline event handlers stay blocked: script-src has hashes only, no 'unsafe-inline' or 'unsafe-hashes'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Stylesheets and Astro's hashed <style> go to style-src-elem; style attributes to style-src-attr
      // (scoping 'self' too keeps style-src empty, so no source is shadowed by the scoped directives).
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  // No syntax highlighting: the site has no code blocks, and Shiki's inline styles would clash with the CSP.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
});
