/**
 * One chromium and one server for the whole e2e project: launched here once, before any file runs, and
 * reached by every file through the environment (harness.ts connects to them). Starting chromium and
 * serving dist/ once instead of once per file saves about a second per file, and lets two files run at once
 * (fileParallelism) against the same browser, each in contexts of its own.
 */
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../support/chromium.ts';
import { serveDist } from './harness.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const site = await serveDist();
  const browser = await chromium.launchServer({ executablePath: chromiumPath, args: ['--headless', ...chromiumFlags] });
  process.env.E2E_SITE_URL = site.url;
  process.env.E2E_BROWSER_WS = browser.wsEndpoint();
  return async () => {
    await browser.close();
    await site.close();
  };
}
