/** Serving dist/ on loopback and driving Debian's chromium through playwright-core. */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../support/chromium.ts';

/** The built site under test: dist/, or DIST_DIR when a build went elsewhere. */
export const dist = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
};

/**
 * A static server for dist/ with directory indexes and the site's 404 page, on 127.0.0.1 and a free port; in
 * the e2e project, the one server global-setup.ts started for all files (closing it is then left to that setup).
 */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const shared = process.env.E2E_SITE_URL;
  if (shared) return { url: shared, close: () => Promise.resolve() };
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` first');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dist, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html'] }).end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Debian's chromium (or CHROMIUM_PATH), headless, with the flags this closed network needs. In the e2e project,
 * a connection to the one chromium global-setup.ts launched: `close()` then closes this file's contexts and
 * disconnects, leaving the browser to the other files.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env.E2E_BROWSER_WS;
  if (shared) return chromium.connect(shared);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', ...chromiumFlags],
  });
}

/** Runs `job` over `items` with at most `limit` at a time (two pages keep both cores busy). */
export async function inParallel<T, R>(items: T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
