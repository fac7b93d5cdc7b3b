/**
 * Country and area names in English and Chinese, from the maintained `i18n-iso-countries` library
 * (every English spelling it knows, its Chinese name), for the English term list. Build time only: the
 * browser reads them from `/search/terms.json`.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { curatedTerms, type TermEntry, type TermList } from './terms-en.ts';

countries.registerLocale(en);
countries.registerLocale(zh);

/** [English names, [Chinese name]] per ISO 3166-1 code, in code order. */
export function countryTerms(): TermEntry[] {
  const english = countries.getNames('en', { select: 'all' });
  const chinese = countries.getNames('zh', { select: 'official' });
  return Object.keys(english)
    .sort()
    .flatMap((code) => {
      const names = english[code] ?? [];
      const name = chinese[code];
      return name && names.length > 0 ? [[names, [name]] as TermEntry] : [];
    });
}

/** The published list: the curated terms first (they win over a country spelling), then countries. */
export function termList(): TermList {
  return { terms: [...curatedTerms, ...countryTerms()].map(([e, z]) => [[...e], [...z]]) };
}
