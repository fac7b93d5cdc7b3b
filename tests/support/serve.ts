/**
 * A static server for any built folder on 127.0.0.1 (the test harness serves only dist/; the bench and the
 * safety test serve builds of other corpora). Directory indexes, the site's 404 page, optional gzip so
 * that transfer sizes are what a real static host would send, and a count of bytes sent per path.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.txt', '.xml']);

export interface Served {
  url: string;
  /** Bytes sent on the wire per request path, in order. */
  sent: { path: string; bytes: number }[];
  close: () => Promise<void>;
}

export async function serveFolder(folder: string, opts: { gzip?: boolean } = {}): Promise<Served> {
  const root = resolve(folder);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} is not a built site (no index.html)`);
  const sent: Served['sent'] = [];
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'Content-Type': types[ext] ?? 'application/octet-stream',
      // Astro's bundles under /_astro/ are named by their content's hash: cached for good, as a static host
      // serves them (and as the browser then reuses their compiled code); everything else is asked for afresh.
      'Cache-Control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (opts.gzip && compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = file;
      body = cache.get(key) ?? gzipSync(body, { level: 9 });
      cache.set(key, body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    sent.push({ path, bytes: body.length });
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
