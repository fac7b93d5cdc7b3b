/**
 * `npm run urls:record`: adds every URL and anchor the built site publishes to `tests/published-urls.txt`.
 * The file only grows: a URL once published stays listed, and the permalink test fails if a build drops it
 * (move a page with a redirect in astro.config.mjs instead).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { publishedUrls } from '../lib/published-urls.ts';

const registry = 'tests/published-urls.txt';
const known = new Set(existsSync(registry) ? readFileSync(registry, 'utf8').split('\n').filter(Boolean) : []);
const before = known.size;
for (const url of publishedUrls('dist')) known.add(url);
writeFileSync(registry, [...known].sort().join('\n') + '\n');
console.log(`${registry}: ${known.size} URLs (${known.size - before} new)`);
