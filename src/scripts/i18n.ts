/**
 * UI language in client scripts. Text a script renders offers both languages: either as a bilingual span
 * (`biSpan`, CSS shows the right half, nothing to redo on a switch) or picked now (`pick`) and re-rendered on
 * `onUiLanguage`. Strings come from src/lib/i18n/<area>.ts (import the area file, not the whole table).
 */
import type { Bilingual } from '../lib/i18n/index.ts';
import { splitQuoted, unquote } from '../lib/i18n/quoted.ts';

export type UiLang = 'zh' | 'en';

/** The language the page shows now. */
export function uiLang(): UiLang {
  return document.documentElement.dataset.ui === 'en' ? 'en' : 'zh';
}

export function pick(b: Bilingual): string {
  return unquote(b[uiLang()]);
}

/** Text with its `quoted()` pieces as `<span data-doc-text>`. */
function quotedNodes(s: string): (Node | string)[] {
  return splitQuoted(s).map((p) => {
    if (!p.quoted) return p.text;
    const span = document.createElement('span');
    span.dataset.docText = '';
    span.textContent = p.text;
    return span;
  });
}

/** `<span class="i18n"><span class="zh">…</span><span class="en" lang="en">…</span></span>`, like <T/>. */
export function biSpan(b: Bilingual): HTMLSpanElement {
  const outer = document.createElement('span');
  outer.className = 'i18n';
  const zh = document.createElement('span');
  zh.className = 'zh';
  zh.append(...quotedNodes(b.zh));
  const en = document.createElement('span');
  en.className = 'en';
  en.lang = 'en';
  en.append(...quotedNodes(b.en));
  outer.append(zh, en);
  return outer;
}

/** Sets a bilingual attribute now and keeps it swappable (same data attributes as src/lib/i18n/attrs.ts). */
export function setBiAttr(el: Element, name: string, b: Bilingual): void {
  el.setAttribute(`data-zh-${name}`, unquote(b.zh));
  el.setAttribute(`data-en-${name}`, unquote(b.en));
  const names = new Set((el.getAttribute('data-i18n-attrs') ?? '').split(' ').filter(Boolean));
  names.add(name);
  el.setAttribute('data-i18n-attrs', [...names].join(' '));
  el.setAttribute(name, pick(b));
}

/** Swaps every bilingual attribute under `root` to the given language (the Chinese, rendered first, is kept aside once). */
export function applyAttrs(lang: UiLang, root: ParentNode = document): void {
  for (const el of root.querySelectorAll('[data-i18n-attrs]')) {
    for (const name of (el.getAttribute('data-i18n-attrs') ?? '').split(' ')) {
      if (!name) continue;
      if (!el.hasAttribute(`data-zh-${name}`)) el.setAttribute(`data-zh-${name}`, el.getAttribute(name) ?? '');
      const value = el.getAttribute(`data-${lang}-${name}`);
      if (value !== null) el.setAttribute(name, value);
    }
  }
  for (const el of root.querySelectorAll('[data-en-text]')) {
    if (!el.hasAttribute('data-zh-text')) el.setAttribute('data-zh-text', el.textContent ?? '');
    el.textContent = el.getAttribute(`data-${lang}-text`) ?? el.textContent;
  }
}

/** Runs `callback` whenever the reader switches the UI language (event sent by ui-language.ts). */
export function onUiLanguage(callback: (lang: UiLang) => void): void {
  document.addEventListener('ui-language', (e) => callback((e as CustomEvent<UiLang>).detail));
}

/** The `lang` query parameter a shared link carries (`?lang=en`), kept when scripts rewrite the URL. */
export function keepLangParam(next: URLSearchParams): URLSearchParams {
  const lang = new URLSearchParams(location.search).get('lang');
  if (lang && !next.has('lang')) next.set('lang', lang);
  return next;
}

/** Fills `{name}` placeholders in both languages (client-side twin of `fill` in src/lib/i18n/index.ts). */
export function fillBi(b: Bilingual, vars: Record<string, string | number> = {}): Bilingual {
  const one = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
  return { zh: one(b.zh), en: one(b.en) };
}

/** `biSpan` of a filled string: `say(strings.found, { n: 3 })`. */
export function say(b: Bilingual, vars?: Record<string, string | number>): HTMLSpanElement {
  return biSpan(fillBi(b, vars));
}

/** Marks an element as text quoted from the documents (it stays Chinese under the English switch). */
export function docText<E extends HTMLElement>(el: E): E {
  el.dataset.docText = '';
  return el;
}
