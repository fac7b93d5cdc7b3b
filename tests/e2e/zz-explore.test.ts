import { test } from 'vitest';
import { launchBrowser, serveDist } from './harness.ts';
import { pageTypes, representative, heaviest } from './a11y-pages.ts';
import { findChineseChrome } from './english-scan.ts';
test('explore', async () => {
  const site = await serveDist();
  const browser = await launchBrowser();
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const types = pageTypes();
  const only = process.env.ONLY;
  for (const t of types) {
    for (const path of new Set([representative(t), heaviest(t)])) {
      if (only && !path.includes(only)) continue;
      const t0 = Date.now();
      await page.goto(site.url + path + '?lang=en');
      await page.waitForLoadState('load');
      const runs = await page.evaluate(findChineseChrome);
      const counts = new Map<string, number>();
      for (const r of runs) counts.set(`${r.where} :: ${r.text}`, (counts.get(`${r.where} :: ${r.text}`) ?? 0) + 1);
      console.log(`\n=== ${t.route} ${path} (${runs.length} runs, ${Date.now() - t0} ms)`);
      for (const [k, n] of [...counts].slice(0, Number(process.env.N ?? 25))) console.log(`  ${n}× ${k}`);
    }
  }
  await browser.close();
  await site.close();
}, 900_000);
