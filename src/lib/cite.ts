/**
 * Citations in the UN style, as delegates write them in letters, in Chinese and English (the cite text follows
 * the UI language): `A/76/6 (Sect. 16)，第 16.36 段` / `A/76/6 (Sect. 16), para. 16.36`.
 * The templates are UI strings (src/lib/i18n/cite.ts); the numbers and symbols are the source's.
 */
import { chineseNumeral, isChineseNumeral, romanValue } from '../../core/numerals.ts';
import { ui, type Bilingual } from './i18n/index.ts';
import type { cite } from './i18n/cite.ts';

type CiteKey = keyof typeof cite;

/** Fills `{name}` in both languages; a value may itself be bilingual (a unit name inside a citation). */
function form(key: CiteKey, vars: Record<string, string | number | Bilingual>): Bilingual {
  const one = (lang: 'zh' | 'en') =>
    ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = vars[name];
      if (v === undefined) throw new Error(`cite: no value for {${name}} in ${key}`);
      return typeof v === 'object' ? v[lang] : String(v);
    });
  return { zh: one('zh'), en: one('en') };
}

/** `次级方案 9 构成部分 1` / `subprogramme 9, component 1`; the programme-wide mandate list is `方案` / `programme`. */
export function citeUnitName(subprogramme: string, component: string | null): Bilingual {
  return component ? form('citeUnitComponent', { n: subprogramme, c: component }) : form('citeUnitSubprogramme', { n: subprogramme });
}

/** `A/76/6 (Sect. 16)，第 16.36 段` / `A/76/6 (Sect. 16), para. 16.36` */
export function citeParagraph(symbol: string, number: string): Bilingual {
  return form('citeParagraph', { doc: symbol, n: number });
}

/** `A/76/6 (Sect. 16)，表 16.33` / `A/76/6 (Sect. 16), table 16.33` */
export function citeTable(symbol: string, number: string): Bilingual {
  return form('citeTable', { doc: symbol, n: number });
}

/**
 * A table row, named by its printed label: `A/76/6 (Sect. 16)，表 16.33，“次级方案 1”行`. The label is filled in the
 * browser from the row's first cell (`{row}` stays in the template), so rows carry no citation of their own.
 */
export function citeTableRowTemplate(symbol: string, number: string): Bilingual {
  return form('citeTableRow', { doc: symbol, n: number, row: '{row}' });
}

/**
 * `A/76/6 (Sect. 16)，图 16.三` / `A/76/6 (Sect. 16), figure 16.III` (printed numeral in Chinese, Roman in English).
 * A misnumbered figure is cited by its number in the sequence (the one the text cites), in the printed style.
 */
export function citeFigure(symbol: string, numberPrinted: string, number: string, printedNumber: string | null = null): Bilingual {
  const [major, minor] = numberPrinted.split('.') as [string, string];
  const value = romanValue(number.split('.')[1] ?? '');
  const zh = printedNumber && value !== null ? `${major}.${isChineseNumeral(minor) ? chineseNumeral(value) : value}` : numberPrinted;
  return { zh: form('citeFigure', { doc: symbol, n: zh }).zh, en: form('citeFigure', { doc: symbol, n: number }).en };
}

/** `A/76/6 (Sect. 16)，次级方案 3` / `A/76/6 (Sect. 16), subprogramme 3` */
export function citeUnit(symbol: string, subprogramme: string, component: string | null): Bilingual {
  return form('citeUnit', { doc: symbol, unit: citeUnitName(subprogramme, component) });
}

/** `A/76/6 (Sect. 16)，次级方案 3，成果 2` (components: `次级方案 9 构成部分 1`; the emerging result by its title). */
export function citeResult(
  symbol: string,
  subprogramme: string,
  component: string | null,
  number: number | null,
  title: string,
): Bilingual {
  const unit = citeUnitName(subprogramme, component);
  return number === null ? form('citeEmergingResult', { doc: symbol, unit, title }) : form('citeResult', { doc: symbol, unit, n: number });
}

/** A mandate-list entry: `A/76/6 (Sect. 16)，次级方案 3，立法授权：74/247` (`list` is the unit key or `programme`). */
export function citeMandate(symbol: string, list: string, entry: string): Bilingual {
  const [sub, comp] = list.split('.') as [string, string | undefined];
  const unit = list === 'programme' ? ui.citeProgrammeMandates : citeUnitName(sub, comp ?? null);
  return form('citeMandate', { doc: symbol, unit, entry });
}

/** The attributes that make an element citable (its CiteActions buttons and the cite script read them). */
export function citeAttrs(cite: Bilingual, url: string): Record<string, string> {
  return { 'data-cite': cite.zh, 'data-cite-en': cite.en, 'data-url': url };
}
