/**
 * The notice for a Latin-letter query, shared by the header box and the search page: what it was searched
 * as in Chinese (the Chinese terms marked as document text, lang zh-CN), or that the term list does not
 * hold it and the documents are Chinese.
 */
import type { TextAnswer } from '../../../core/search/answer.ts';
import type { ParagraphMatch } from '../../../core/search/text.ts';
import { searchLive } from '../../lib/i18n/search-live.ts';
import { pick } from '../i18n.ts';

/** Fills `el` with the notice; returns false (and empties it) when the query is not in Latin letters. */
export function renderEnglishNote(el: HTMLElement, answer: TextAnswer<ParagraphMatch>, q: string): boolean {
  el.replaceChildren();
  if (answer.query.kind !== 'latin') return false;
  const text = pick(answer.english ? searchLive.englishSearched : searchLive.englishUnmapped);
  const en = answer.english?.map((m) => m.en).join(' + ') ?? '';
  const zh = answer.english?.map((m) => m.zh[0]!).join(' + ') ?? '';
  for (const part of text.split(/(\{\w+\})/)) {
    if (part === '{zh}') {
      const span = Object.assign(document.createElement('span'), { lang: 'zh-CN', textContent: zh });
      span.dataset.docText = '';
      el.append(span);
    } else if (part === '{en}' || part === '{q}') {
      el.append(part === '{en}' ? en : q);
    } else {
      el.append(part);
    }
  }
  return true;
}
