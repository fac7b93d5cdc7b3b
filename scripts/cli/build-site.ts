/**
 * `astro build` without the per-page listing: Astro logs at `warn` unless ASTRO_LOG_LEVEL asks for more
 * (`ASTRO_LOG_LEVEL=info npm run build` shows every page). Prints one summary line.
 */
import { build } from 'astro';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const level = (process.env.ASTRO_LOG_LEVEL ?? 'warn') as Level;
const root = resolve(import.meta.dirname, '../..');

const count = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0),
    0,
  );

const t0 = performance.now();
await build({ root, logLevel: level });
console.log(`site: ${count(join(root, 'dist'))} pages built into dist/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
