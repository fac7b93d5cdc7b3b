/**
 * Permalinks are a promise: every URL and anchor ever recorded in tests/published-urls.txt must still resolve
 * (a page, an anchor on it, or a redirect page); every one the site now publishes must be recorded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dist } from './harness.ts';
import { forwardedAnchors, publishedUrls } from '../../scripts/lib/published-urls.ts';

const registry = resolve(import.meta.dirname, '../published-urls.txt');

describe('published URLs', () => {
  const recorded = readFileSync(registry, 'utf8').split('\n').filter(Boolean);
  const published = new Set(publishedUrls(dist));

  // An anchor a page forwards (a long document's page → its chapter pages) counts only if the target page
  // really has the element.
  const forwards = new Map<string, (anchor: string) => string | null>();
  const forwardedTo = (u: string): string | null => {
    const [path, anchor] = u.split('#') as [string, string | undefined];
    if (!anchor) return null;
    const file = join(dist, path, 'index.html');
    if (!forwards.has(path)) forwards.set(path, existsSync(file) ? forwardedAnchors(path, readFileSync(file, 'utf8')) : () => null);
    const target = forwards.get(path)!(anchor);
    return target && published.has(`${target}#${anchor}`) ? target : null;
  };

  test('no recorded URL or anchor is dropped (move one with a redirect)', () => {
    const redirect = (path: string) => {
      const file = join(dist, path, 'index.html');
      return existsSync(file) && /http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
    };
    const dropped = recorded.filter((u) => !published.has(u) && !redirect(u.split('#')[0]!) && !forwardedTo(u));
    expect(dropped).toEqual([]);
  });

  test('the paragraph anchors of a long document are forwarded to chapter pages that hold them', () => {
    const forwarded = recorded.filter((u) => /^\/documents\/[^/]+\/#para-/.test(u) && !published.has(u));
    expect(forwarded.length).toBeGreaterThan(0);
    for (const u of forwarded.slice(0, 50)) expect(forwardedTo(u), u).toMatch(/\/chapters\/[^/]+\/$/);
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
