/** Drawing a lookup outcome (found, several readings, not in the corpus), for the search page and /lookup/. */
import type { LookupOutcome, LookupTarget } from '../../../core/search/lookup.ts';

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
  li.append(el('a', { href: t.url, className: 'lookup-link' }, t.label));
  if (t.title) li.append(' ', el('span', { className: 'lookup-title' }, t.title));
  if (t.note) li.append(' ', el('span', { className: 'muted lookup-note' }, `（${t.note}）`));
  return li;
}

/** Replaces `box`'s content with the outcome; returns false when there is nothing to show. */
export function renderLookup(box: HTMLElement, outcome: LookupOutcome): boolean {
  box.replaceChildren();
  if (outcome.status === 'none') return false;
  box.dataset.status = outcome.status;
  if (outcome.status === 'found') {
    box.append(el('p', { className: 'lookup-head' }, '编号查找：'), el('ul', { className: 'lookup-list' }, targetItem(outcome.target)));
    box.append(el('p', { className: 'muted lookup-hint' }, '按 Enter 直接打开。'));
  } else if (outcome.status === 'ambiguous') {
    box.append(
      el('p', { className: 'lookup-head' }, `编号有 ${outcome.targets.length} 种解读，请选择：`),
      el('ul', { className: 'lookup-list' }, ...outcome.targets.map(targetItem)),
    );
  } else {
    const p = el('p', { className: 'lookup-head' }, `本站资料中没有${outcome.label}。`);
    box.append(p);
    if (outcome.officialUrl) {
      box.append(el('p', {}, '联合国正式文本：', el('a', { href: outcome.officialUrl, rel: 'external' }, outcome.officialUrl)));
    }
    if (outcome.related.length > 0) {
      box.append(el('p', {}, '本站有以下相关条目：'), el('ul', { className: 'lookup-list' }, ...outcome.related.map(targetItem)));
    }
  }
  return true;
}
