/**
 * The Content-Security-Policy <meta> first in <head>, right after <meta charset>. Astro writes it at the end of
 * <head>, and a policy covers only what follows it, so an inline script could not sit in <head> and still be
 * governed. With the policy first, a page's early scripts go in <head> before the render-blocking stylesheet: the
 * document page forwards an old anchor (`#para-16.150`) to its chapter page without waiting for the CSS.
 * Runs after `astro build` (the integration below), so every build of the site — the test command's, the
 * determinism test's second one, the bench's — gets it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CHARSET = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;
// A CSP value has no `>` (keywords, hosts, base64 hashes), so the tag ends at the first one.
const CSP_META = /<meta\s[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi;

/**
 * The page with its one CSP <meta> moved to right after <meta charset>. Throws, naming the file, on a page
 * without exactly one policy in <head> or without a charset <meta>: the site publishes no page outside its policy.
 */
export function cspFirst(html: string, file: string): string {
  const head = html.search(/<\/head>/i);
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length !== 1 || head < 0 || metas[0]!.index > head) {
    throw new Error(`${file}: expected one Content-Security-Policy <meta> in <head>, found ${metas.length}`);
  }
  const charset = CHARSET.exec(html);
  if (!charset || charset.index > head) throw new Error(`${file}: expected <meta charset> in <head>, found none`);
  const meta = metas[0]![0];
  const without = html.slice(0, metas[0]!.index) + html.slice(metas[0]!.index + meta.length);
  const at = charset.index + charset[0].length;
  return without.slice(0, at) + meta + without.slice(at);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Astro integration: moves the policy first in every page `astro build` wrote. */
export function cspMetaFirst(): AstroIntegration {
  return {
    name: 'csp-meta-first',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const f of files) writeFileSync(f, cspFirst(readFileSync(f, 'utf8'), f));
        logger.info(`CSP <meta> moved first in ${files.length} pages`);
      },
    },
  };
}
