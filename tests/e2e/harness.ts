/** Serving dist/ on loopback and driving Debian's chromium through playwright-core. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../support/chromium.ts';
import { serveFolder } from '../support/serve.ts';

/** The built site under test: dist/, or DIST_DIR when a build went elsewhere. */
export const dist = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));

/**
 * The built site on 127.0.0.1 and a free port (serveFolder: directory indexes and the site's 404 page); in
 * the e2e project, the one server global-setup.ts started for all files (closing it is then left to that setup).
 */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const shared = process.env.E2E_SITE_URL;
  if (shared) return { url: shared, close: () => Promise.resolve() };
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` first');
  return serveFolder(dist);
}

/**
 * Debian's chromium (or CHROMIUM_PATH), headless, with the flags this closed network needs. In the e2e project,
 * a connection to the one chromium global-setup.ts launched: `close()` then closes this file's contexts and
 * disconnects, leaving the browser to the other files.
 */
export function launchBrowser(): Promise<Browser> {
  const shared = process.env.E2E_BROWSER_WS;
  if (shared) return chromium.connect(shared);
  return launchOwnBrowser();
}

/**
 * A chromium of this file's own, even in the e2e project. For files that read the clipboard: headless chromium
 * keeps one clipboard per browser process, so in the shared browser another file's copy can land between a
 * click and its read (seen in CI as "Clipboard data has changed").
 */
export function launchOwnBrowser(): Promise<Browser> {
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

/** The served site and the browser, for the tests of one file. */
export interface E2e {
  site: Awaited<ReturnType<typeof serveDist>>;
  browser: Browser;
}

/**
 * Opens the site and the browser before the file's tests and closes them after (in the e2e project: connects
 * to the shared ones and disconnects; `ownBrowser` launches a private chromium, see launchOwnBrowser). Read
 * `e2e.site` and `e2e.browser` inside tests and hooks, once they ran.
 */
export function useSiteAndBrowser(options: { ownBrowser?: boolean } = {}): E2e {
  const e2e = {} as E2e;
  beforeAll(async () => {
    e2e.site = await serveDist();
    e2e.browser = await (options.ownBrowser ? launchOwnBrowser() : launchBrowser());
  });
  afterAll(async () => {
    await e2e.browser?.close();
    await e2e.site?.close();
  });
  return e2e;
}
