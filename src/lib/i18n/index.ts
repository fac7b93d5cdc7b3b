/**
 * UI strings in Chinese (default) and English; the documents themselves stay Chinese.
 * One file per area of the site (chrome.ts, …), merged here, so each area keeps its own strings.
 *
 * How to use it:
 * - in .astro: `<T k="copyLink" />`, with placeholders `<T k="paraLink" v={{ n: p.number }} />`, or a ready
 *   pair `<T b={spec.caption} />`;
 * - attributes (aria-label, title, placeholder): `<button {...biAttrs({ 'aria-label': t('search') })}>`
 *   (src/lib/i18n/attrs.ts; the UI-language script swaps them);
 * - client scripts: `pick()`, `biSpan()`, `onUiLanguage()` from src/scripts/i18n.ts;
 * - text quoted from the source documents (paragraphs, titles, table cells) is marked `data-doc-text`: it stays
 *   Chinese under the English switch, and the English-interface test (tests/e2e/english.test.ts) skips only it.
 */
import { chrome } from './chrome.ts';
import { resolutions } from './resolutions.ts';
import { tables } from './tables.ts';
import { data } from './data.ts';
import { citations } from './citations.ts';
import { cite } from './cite.ts';
import { documentHead } from './document-head.ts';
import { beyond } from './beyond.ts';
import { mandates } from './mandates.ts';
import { threads } from './threads.ts';
import { searchLive } from './search-live.ts';
import { editorial } from './editorial.ts';
import { pages } from './pages.ts';
import { searchPage } from './search-page.ts';

/** A string in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Every area's strings. A key is defined in one area file only (tests/unit/i18n.test.ts checks it: a second definition would win silently). */
export const ui = {
  ...chrome,
  ...resolutions,
  ...tables,
  ...data,
  ...citations,
  ...cite,
  ...documentHead,
  ...beyond,
  ...mandates,
  ...threads,
  ...searchLive,
  ...editorial,
  ...pages,
  ...searchPage,
} as const satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof ui;

/** Values for `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders in both languages (a missing value is an error: it would show as `{name}`). */
export function fill(b: Bilingual, vars: Vars = {}): Bilingual {
  const one = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`i18n: no value for {${name}} in "${s}"`);
      return String(vars[name]);
    });
  return { zh: one(b.zh), en: one(b.en) };
}

/** Chinese text with its English twin, for the language switch (the switch shows one, CSS hides the other). */
export function t(key: UiKey, vars?: Vars): Bilingual {
  const b = ui[key];
  if (!b) throw new Error(`i18n: unknown UI string "${String(key)}"`);
  return vars ? fill(b, vars) : b;
}

/** The same text in both languages (numbers, symbols, codes: nothing to translate). */
export function same(text: string): Bilingual {
  return { zh: text, en: text };
}

/** Joins bilingual pieces language by language (`join([a, b], ' · ')`). */
export function join(parts: (Bilingual | string)[], sep: Bilingual | string = ''): Bilingual {
  const side = (x: Bilingual | string, l: 'zh' | 'en') => (typeof x === 'string' ? x : x[l]);
  return {
    zh: parts.map((p) => side(p, 'zh')).join(side(sep, 'zh')),
    en: parts.map((p) => side(p, 'en')).join(side(sep, 'en')),
  };
}

export function isBilingual(x: unknown): x is Bilingual {
  return typeof x === 'object' && x !== null && typeof (x as Bilingual).zh === 'string' && typeof (x as Bilingual).en === 'string';
}
