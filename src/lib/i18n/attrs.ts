/**
 * Bilingual attributes (aria-label, title, placeholder, alt): the Chinese value is rendered, the English one
 * waits in `data-en-<name>`, and src/scripts/ui-language.ts swaps them (keeping the Chinese in `data-zh-<name>`
 * the first time) when the UI language is English.
 */
import type { Bilingual } from './index.ts';
import { unquote } from './quoted.ts';

export type BiAttrName = 'aria-label' | 'title' | 'placeholder' | 'alt' | 'aria-description';

/** `<button {...biAttrs({ 'aria-label': t('search') })}>` → aria-label, data-en-aria-label, data-i18n-attrs. */
export function biAttrs(attrs: Partial<Record<BiAttrName, Bilingual>>): Record<string, string> {
  const out: Record<string, string> = {};
  const names = Object.keys(attrs) as BiAttrName[];
  for (const name of names) {
    const b = attrs[name]!;
    out[name] = unquote(b.zh);
    out[`data-en-${name}`] = unquote(b.en);
  }
  out['data-i18n-attrs'] = names.join(' ');
  return out;
}

/**
 * Bilingual text of an element that cannot hold the <T/> spans (an <option>): render the Chinese inside it,
 * `<option {...biText(t('all'))}>{t('all').zh}</option>`; the UI-language script swaps the text.
 */
export function biText(b: Bilingual): Record<string, string> {
  return { 'data-en-text': unquote(b.en) };
}
