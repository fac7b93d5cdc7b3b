/** Drawing a lookup outcome (found, several readings, not in the corpus), for the search page and /lookup/. */
import type { LookupOutcome, LookupTarget } from '../../../core/search/lookup.ts';
import { biSpan, docText, say } from '../i18n.ts';
import { searchPage as s } from '../../lib/i18n/search-page.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function targetItem(t: LookupTarget): HTMLLIElement {
  const li = el('li', { className: 'lookup-target' });
  li.append(el('a', { href: t.url, className: 'lookup-link' }, biSpan({ zh: t.label, en: t.labelEn })));
  if (t.title) li.append(' ', docText(el('span', { className: 'lookup-title' }, t.title)));
  if (t.note)
    li.append(' ', el('span', { className: 'muted lookup-note' }, biSpan({ zh: `（${t.note}）`, en: ` (${t.noteEn ?? t.note})` })));
  return li;
}

/** Replaces `box`'s content with the outcome; returns false when there is nothing to show. */
export function renderLookup(box: HTMLElement, outcome: LookupOutcome): boolean {
  box.replaceChildren();
  if (outcome.status === 'none') return false;
  box.dataset.status = outcome.status;
  if (outcome.status === 'found') {
    box.append(
      el('p', { className: 'lookup-head' }, say(s.lookupFoundHead)),
      el('ul', { className: 'lookup-list' }, targetItem(outcome.target)),
    );
    box.append(el('p', { className: 'muted lookup-hint' }, say(s.lookupEnterHint)));
  } else if (outcome.status === 'ambiguous') {
    box.append(
      el('p', { className: 'lookup-head' }, say(s.lookupReadings, { n: outcome.targets.length })),
      el('ul', { className: 'lookup-list' }, ...outcome.targets.map(targetItem)),
    );
  } else {
    const p = el(
      'p',
      { className: 'lookup-head' },
      biSpan({ zh: s.lookupMissing.zh.replace('{label}', outcome.label), en: s.lookupMissing.en.replace('{label}', outcome.labelEn) }),
    );
    box.append(p);
    if (outcome.officialUrl) {
      box.append(el('p', {}, say(s.lookupOfficial), el('a', { href: outcome.officialUrl, rel: 'external' }, outcome.officialUrl)));
    }
    if (outcome.related.length > 0) {
      box.append(el('p', {}, say(s.lookupRelated)), el('ul', { className: 'lookup-list' }, ...outcome.related.map(targetItem)));
    }
  }
  return true;
}
