/** Names of planning units as the budget writes them. */
import { t, type Bilingual } from './i18n/index.ts';
import { figureKey } from '../../core/search/places.ts';

/** `次级方案 3` / `Subprogramme 3`, `次级方案 9 构成部分 1` / `Subprogramme 9, component 1`. */
export function unitName(subprogramme: string, component: string | null): Bilingual {
  return component ? t('subprogrammeComponent', { n: subprogramme, c: component }) : t('subprogramme', { n: subprogramme });
}

/** `成果 2` / `Result 2`; the emerging result has no number. */
export function resultName(number: number | null): Bilingual {
  return number === null ? t('emergingResult') : t('result', { n: number });
}

export function unitLabel(subprogramme: string, component: string | null): string {
  return component ? `次级方案 ${subprogramme} 构成部分 ${component}` : `次级方案 ${subprogramme}`;
}

/** `图 16.三` / `Figure 16.III`: the printed number in Chinese, the UN English form (Roman numeral) in English. */
export function figureName(printed: string): Bilingual {
  const [chapter, numeral] = printed.split('.');
  const roman = chapter && numeral ? figureKey(chapter, numeral) : null;
  return { zh: t('figure', { n: printed }).zh, en: t('figure', { n: roman ?? printed }).en };
}

/** `表 16.3` or `图 16.三` of a measure, as its kind says. */
export function measureName(kind: 'table' | 'figure', number: string): Bilingual {
  return kind === 'table' ? t('table', { n: number }) : figureName(number);
}
