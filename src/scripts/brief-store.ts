/**
 * The brief in the browser: localStorage (it survives reloads and is never sent anywhere), and how an item is
 * read from the element that carries it (`data-url` + `data-cite`, optional `data-cite-en`, `data-excerpt-from`).
 */
import { parseStored, type BriefItem, type Language } from '../lib/brief.ts';

const key = 'brief-v1';

export function loadBrief(): BriefItem[] {
  try {
    return parseStored(localStorage.getItem(key));
  } catch {
    return [];
  }
}

export function saveBrief(items: BriefItem[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(items));
  } catch {
    /* storage full or disabled: the brief lasts as long as the page */
  }
}

export function uiLanguage(): Language {
  return document.documentElement.dataset.ui === 'en' ? 'en' : 'zh';
}

const excerptLimit = 600;
// What is not the item's own text: the action buttons, paragraph numbers, footnote marks and notes, notices.
const chrome = '.para-actions, .para-no, .fn-ref, .footnotes, .notice, button, script, style';

/**
 * The text of a citable element, as the reader sees it: the element its `data-excerpt-from` selector names, or its
 * own `[data-excerpt-source]` part, a table row's cells, or its text. Source text is read from the page, never
 * copied into attributes, where the parser's text would reach the HTML unescaped.
 */
export function excerptOf(owner: HTMLElement): string {
  const from = owner.dataset.excerptFrom;
  const source = from ? owner.ownerDocument.querySelector<HTMLElement>(from) : owner.querySelector<HTMLElement>('[data-excerpt-source]');
  let text: string;
  if (source) {
    text = source.textContent ?? '';
  } else if (owner instanceof HTMLTableRowElement) {
    text = [...owner.cells]
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' | ');
  } else {
    const main = owner.querySelector<HTMLElement>('.para-text, caption, figcaption, h1') ?? owner;
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(chrome).forEach((e) => e.remove());
    copy.querySelectorAll('.i18n .en').forEach((e) => e.remove());
    text = copy.textContent ?? '';
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > excerptLimit ? `${text.slice(0, excerptLimit)}…` : text;
}

/** The brief item an element stands for. */
export function itemOf(owner: HTMLElement): BriefItem {
  const url = new URL(owner.dataset.url!, location.origin);
  return {
    url: url.pathname + url.hash,
    cite: owner.dataset.cite!,
    ...(owner.dataset.citeEn ? { citeEn: owner.dataset.citeEn } : {}),
    text: excerptOf(owner),
    note: '',
  };
}
