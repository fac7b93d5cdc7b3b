/**
 * Permalinks are a promise: every URL and anchor ever recorded in tests/published-urls.txt must still resolve
 * (a page, an anchor on it, or a redirect page); every one the site now publishes must be recorded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dist } from './harness.ts';
import { publishedUrls } from '../../scripts/lib/published-urls.ts';

const registry = resolve(import.meta.dirname, '../published-urls.txt');

describe('published URLs', () => {
  const recorded = readFileSync(registry, 'utf8').split('\n').filter(Boolean);
  const published = new Set(publishedUrls(dist));

  test('no recorded URL or anchor is dropped (move one with a redirect)', () => {
    const redirect = (path: string) => {
      const file = join(dist, path, 'index.html');
      return existsSync(file) && /http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
    };
    const dropped = recorded.filter((u) => !published.has(u) && !redirect(u.split('#')[0]!));
    expect(dropped).toEqual([]);
  });

  test('every published URL is recorded (run `npm run urls:record` after adding pages)', () => {
    const known = new Set(recorded);
    expect([...published].filter((u) => !known.has(u))).toEqual([]);
  });

  test('the registry holds every kind of permalink', () => {
    expect(recorded).toContain('/documents/a-76-6-sect-16/');
    expect(recorded).toContain('/documents/a-76-6-sect-16/#para-16.36');
    expect(recorded).toContain('/documents/a-76-6-sect-16/#table-16.33');
    expect(recorded).toContain('/documents/a-76-6-sect-16/#table-16.33-row-1');
    expect(recorded).toContain('/documents/a-76-6-sect-16/subprogrammes/3/results/2/');
    expect(recorded).toContain('/resolutions/ga-resolution-74-247/');
  });
});
