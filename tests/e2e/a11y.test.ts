/** axe on every page type, light and dark: no serious or critical WCAG 2.2 A/AA violation. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from './harness.ts';

let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
beforeAll(async () => { site = await serveDist(); browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); await site?.close(); });

const pageTypes: Record<string, string> = {
  overview: '/',
  documents: '/documents/',
  'budget fascicle': '/documents/a-76-6-sect-16/',
  report: '/documents/e-cn.7-2022-2/',
  'targeted paragraph': '/documents/e-cn.7-2022-3-add.1/#para-1',
  search: '/search/?q=%E5%90%88%E6%88%90%E6%AF%92%E5%93%81',
  lookup: '/lookup/?q=9%2F1',
  charts: '/charts/a-76-6-sect-16/',
  subprogramme: '/documents/a-76-6-sect-16/subprogrammes/1/',
  component: '/documents/a-76-6-sect-16/subprogrammes/9.1/',
  result: '/documents/a-76-6-sect-16/subprogrammes/3/results/2/',
  'emerging result': '/documents/a-76-6-sect-16/subprogrammes/1/results/emerging/',
  'resolution index': '/resolutions/',
  resolution: '/resolutions/ga-resolution-74-247/',
  'symbol index': '/symbols/',
  symbol: '/symbols/a-74-6-sect-16/',
  'open data': '/data/',
  'source issues': '/source-issues/',
  'not found': '/no-such-page/',
};

describe.each(['light', 'dark'] as const)('axe, %s mode', (colorScheme) => {
  for (const [name, path] of Object.entries(pageTypes)) {
    test(name, async () => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(site.url + path);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
      expect(serious).toEqual([]);
      await context.close();
    });
  }
});
