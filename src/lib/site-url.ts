/**
 * The site's public origin: SITE_URL at build time (astro.config.mjs passes it to Astro as `site`), or none.
 * With one, canonical links, print footers, cite text and open-data `url` fields are absolute on it; without,
 * pages link relatively and the browser supplies the reader's own origin. No placeholder domain is ever used.
 */

/** `https://budget.example.int`, or null when the build has no public origin. */
export const publicOrigin: string | null = import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : null;

/** A site path (`/documents/…/#para-16.36`) made absolute on the public origin, or left as it is without one. */
export function publicUrl(path: string, origin: string | null = publicOrigin): string {
  return origin && path.startsWith('/') ? new URL(path, origin).href : path;
}

/** A copy of open-data records with every `url` field (at any depth) made absolute on the public origin. */
export function withPublicUrls<T>(value: T, origin: string | null = publicOrigin): T {
  if (!origin) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, k === 'url' && typeof x === 'string' ? publicUrl(x, origin) : walk(x)]),
    );
  };
  return walk(value) as T;
}
