/** The UI string table: every area file is merged, no key is defined twice, both languages are filled in, every key is used. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fill, t, ui, type Bilingual } from '../../src/lib/i18n/index.ts';
import { labelText } from '../../src/lib/i18n/label.ts';
import { biAttrs } from '../../src/lib/i18n/attrs.ts';

const dir = resolve(import.meta.dirname, '../../src/lib/i18n');
const helpers = new Set(['index.ts', 'attrs.ts', 'label.ts']);

async function areas(): Promise<[string, Record<string, Bilingual>][]> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !helpers.has(f));
  const out: [string, Record<string, Bilingual>][] = [];
  for (const f of files) {
    const mod = (await import(resolve(dir, f))) as Record<string, Record<string, Bilingual>>;
    for (const [name, strings] of Object.entries(mod)) out.push([`${f}:${name}`, strings]);
  }
  return out;
}

describe('UI strings', () => {
  test('every area file is spread into ui and no key is defined in two areas', async () => {
    const seen = new Map<string, string>();
    for (const [area, strings] of await areas()) {
      for (const [key, value] of Object.entries(strings)) {
        expect(seen.has(key), `${key} is defined in ${seen.get(key)} and ${area}`).toBe(false);
        seen.set(key, area);
        expect((ui as Record<string, Bilingual>)[key], `${area}: ${key} is not merged into ui (src/lib/i18n/index.ts)`).toBe(value);
      }
    }
  });

  test('both languages are filled in, with the same placeholders, and English has no Chinese', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, b] of Object.entries(ui as Record<string, Bilingual>)) {
      expect(b.zh.trim(), key).not.toBe('');
      expect(b.en.trim(), key).not.toBe('');
      expect(names(b.en), key).toEqual(names(b.zh));
      // The switch names Chinese in Chinese; examples of Chinese queries are the only other exception.
      if (key !== 'switchTo' && !/Placeholder|Example/.test(key))
        expect(b.en, key).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    }
  });

  test('placeholders are filled in both languages, a missing value is an error', () => {
    expect(t('paragraph', { n: '16.36' })).toEqual({ zh: '第 16.36 段', en: 'para. 16.36' });
    expect(() => fill({ zh: '{a}', en: '{a}' }, {})).toThrow(/no value for \{a\}/);
  });

  test('labels join chrome and document text; attributes carry both languages', () => {
    expect(labelText([t('subprogramme', { n: 3 }), '预防腐败'], 'en')).toBe('Subprogramme 3 预防腐败');
    expect(biAttrs({ 'aria-label': t('search') })).toEqual({
      'aria-label': '搜索',
      'data-en-aria-label': 'Search',
      'data-i18n-attrs': 'aria-label',
    });
  });

  test('every key is used by the site: quoted, read as a property, or put together from a prefix (`data.${name}`)', () => {
    const sources = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(d, e.name)) : /\.(ts|astro|mdx)$/.test(e.name) ? [join(d, e.name)] : [],
      );
    const src = resolve(import.meta.dirname, '../../src');
    const files = sources(src).map((f) => ({ i18n: relative(src, f).startsWith(join('lib', 'i18n')), text: readFileSync(f, 'utf8') }));
    const all = files.map((f) => f.text).join('\n');
    const used = new Set([
      // Quoted, but not as a definition at the start of a line (`'data.documents': {…}` in the string tables).
      ...[...all.matchAll(/(?<!^[ \t]*)['"`]([\w.-]+)['"`]/gm)].map((m) => m[1]),
      ...[...all.matchAll(/\.([A-Za-z_]\w*)/g)].map((m) => m[1]),
    ]);
    const outside = files
      .filter((f) => !f.i18n)
      .map((f) => f.text)
      .join('\n');
    const prefixes = [...outside.matchAll(/`([\w.-]+)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(ui).filter((k) => !used.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
