/**
 * A label made of site chrome and document text: a Bilingual is chrome (translated), a plain string is text
 * quoted from a document (a title, a symbol; stays Chinese and is marked `data-doc-text`), an array is both in
 * order, separated by spaces (`[t('subprogramme', { n: 3 }), sp.title]`). Rendered by src/components/Label.astro.
 */
import { isBilingual, type Bilingual } from './index.ts';
import { unquote } from './quoted.ts';

export type Label = Bilingual | string | Label[];

/** The label as plain text in one language (for <title>, attributes). */
export function labelText(label: Label, lang: 'zh' | 'en'): string {
  if (typeof label === 'string') return label;
  if (isBilingual(label)) return unquote(label[lang]);
  return label
    .map((l) => labelText(l, lang))
    .filter((s) => s !== '')
    .join(' ');
}

/** Both languages of a label, as a Bilingual (document text is the same in both). */
export function labelBilingual(label: Label): Bilingual {
  return { zh: labelText(label, 'zh'), en: labelText(label, 'en') };
}
