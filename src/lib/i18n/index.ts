/**
 * UI strings in Chinese (default) and English; the documents themselves stay Chinese.
 * One file per area of the site (chrome.ts, …), merged here, so each area keeps its own strings.
 */
import { chrome } from './chrome.ts';

/** A string in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export const ui = {
  ...chrome,
} as const satisfies Record<string, Bilingual>;

export type UiKey = keyof typeof ui;

/** Chinese text with its English twin, for the language switch (the switch shows one, CSS hides the other). */
export function t(key: UiKey): Bilingual {
  return ui[key];
}
