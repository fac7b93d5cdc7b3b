// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  // A build of another corpus (bench, safety test) keeps its content-layer cache apart from the main build's.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: 'https://unodc-budget.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Content-Security-Policy as a <meta> in every page's <head>: Astro hashes the scripts and styles it bundles
  // or inlines; Base.astro adds the hash of its one inline script. Pagefind compiles WebAssembly
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
      styleDirective: { resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // No syntax highlighting: the site has no code blocks, and Shiki's inline styles would clash with the CSP.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }), syntaxHighlight: false },
});
