// usage: tsx shoot.ts <name> <path#anchor> [selector]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';
const root = '/work/wt/fidelity/dist';
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  let p = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
  let f = join(root, p);
  try { if ((await stat(f)).isDirectory()) f = join(f, 'index.html'); const b = await readFile(f); res.writeHead(200, { 'content-type': types[extname(f)] ?? 'application/octet-stream' }); res.end(b); }
  catch { res.writeHead(404); res.end('nf'); }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const port = (server.address() as { port: number }).port;
const [name, path, selector] = process.argv.slice(2) as [string, string, string | undefined];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const v of [{ tag: 'desktop', w: 1280, dark: false, en: false }, { tag: 'phone', w: 390, dark: false, en: false }, { tag: 'dark', w: 1280, dark: true, en: false }, { tag: 'en', w: 1280, dark: false, en: true }]) {
  const page = await browser.newPage({ viewport: { width: v.w, height: 900 }, colorScheme: v.dark ? 'dark' : 'light' });
  const [p, hash] = path.split('#');
  const url = `http://127.0.0.1:${port}${p}${v.en ? '?lang=en' : ''}${hash ? '#' + hash : ''}`;
  await page.goto(url);
  await page.waitForTimeout(400);
  if (selector) { const el = page.locator(selector).first(); await el.scrollIntoViewIfNeeded(); }
  await page.screenshot({ path: `/tmp/shots/fidelity/${name}-${v.tag}.png` });
  await page.close();
}
await browser.close(); server.close();
