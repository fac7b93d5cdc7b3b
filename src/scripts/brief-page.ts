/**
 * The /brief/ page: lists the collected items (reorder, remove, note), exports them as plain text and as HTML
 * (one ClipboardItem with text/html and text/plain), prints, and shares the whole brief as one link (#b1=…).
 * Items opened from a share link get their texts back from their own pages.
 */
import {
  addItem,
  briefHtml,
  briefText,
  citationIn,
  moveItem,
  parseShareHash,
  removeItem,
  setNote,
  shareHash,
  type BriefItem,
} from '../lib/brief.ts';
import { beyond, fill } from '../lib/i18n/beyond.ts';
import { excerptOf, loadBrief, saveBrief, uiLanguage } from './brief-store.ts';

type Key = keyof typeof beyond;
const list = document.querySelector<HTMLOListElement>('#brief-list')!;
const empty = document.querySelector<HTMLElement>('#brief-empty')!;
const status = document.querySelector<HTMLElement>('#brief-status')!;
const shareBox = document.querySelector<HTMLInputElement>('#brief-share-link')!;
const exportBox = document.querySelector<HTMLTextAreaElement>('#brief-export')!;
let items = loadBrief();

/** Both languages in the page, the switch shows one (as T.astro does). */
function bilingual(zh: string, en: string): HTMLSpanElement {
  const span = el('span', 'i18n');
  const enSpan = el('span', 'en', en);
  enSpan.lang = 'en';
  span.append(el('span', 'zh', zh), enSpan);
  return span;
}
const ui = (k: Key, n?: number) =>
  bilingual(n === undefined ? beyond[k].zh : fill(beyond[k].zh, n), n === undefined ? beyond[k].en : fill(beyond[k].en, n));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function button(action: string, label: Key, url: string, n: number): HTMLButtonElement {
  const b = el('button');
  b.type = 'button';
  b.dataset.briefAction = action;
  b.dataset.url = url;
  b.append(ui(label));
  b.setAttribute('aria-label', `${beyond[label][uiLanguage()]} (${fill(beyond.briefItem[uiLanguage()], n)})`);
  return b;
}

function renderItem(item: BriefItem, k: number): HTMLLIElement {
  const li = el('li', 'brief-item');
  const href = new URL(item.url, location.origin).href;
  const cite = el('p', 'brief-cite');
  const link = el('a');
  link.href = item.url;
  link.append(bilingual(citationIn(item, 'zh'), citationIn(item, 'en')));
  cite.append(link);
  li.append(cite);
  if (item.text) li.append(el('blockquote', 'brief-text', item.text));
  li.append(el('p', 'brief-url', href));
  const label = el('label', 'brief-note');
  const area = el('textarea');
  area.value = item.note;
  area.rows = 2;
  area.dataset.url = item.url;
  label.append(ui('briefNote'), area);
  const printed = el('p', 'brief-note-print', item.note);
  printed.prepend(ui('briefNotePrefix'));
  printed.hidden = !item.note;
  const controls = el('div', 'brief-controls');
  controls.append(
    button('up', 'briefUp', item.url, k + 1),
    button('down', 'briefDown', item.url, k + 1),
    button('remove', 'briefRemove', item.url, k + 1),
  );
  li.append(label, printed, controls);
  return li;
}

function render(): void {
  list.replaceChildren(...items.map(renderItem));
  empty.hidden = items.length > 0;
  document.querySelector<HTMLElement>('#brief-tools')!.hidden = items.length === 0;
  shareBox.value = new URL(`/brief/${shareHash(items)}`, location.origin).href;
}

function update(next: BriefItem[], rerender = true): void {
  items = next;
  saveBrief(items);
  if (rerender) render();
}

function say(key: Key): void {
  status.replaceChildren(ui(key));
}

async function copy(text: string, html?: string): Promise<void> {
  try {
    if (html !== undefined) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    say('briefCopied');
  } catch {
    // Clipboard refused (insecure context, permission): the text is in the box below, selected.
    exportBox.hidden = false;
    exportBox.value = html ?? text;
    exportBox.select();
    say('briefCopyFailed');
  }
}

list.addEventListener('click', (event) => {
  const b = (event.target as Element).closest<HTMLButtonElement>('button[data-brief-action]');
  if (!b) return;
  const url = b.dataset.url!;
  const action = b.dataset.briefAction;
  update(action === 'remove' ? removeItem(items, url) : moveItem(items, url, action === 'up' ? -1 : 1));
  // Keep the keyboard where it was: on the same control of the moved item, or on the list after a removal.
  const same = list.querySelector<HTMLButtonElement>(`button[data-brief-action="${action}"][data-url="${CSS.escape(url)}"]`);
  (same ?? list.querySelector<HTMLButtonElement>('button'))?.focus();
});

list.addEventListener('input', (event) => {
  const area = event.target as HTMLTextAreaElement;
  if (!area.dataset.url) return;
  update(setNote(items, area.dataset.url, area.value), false);
  const printed = area.closest('li')!.querySelector<HTMLElement>('.brief-note-print')!;
  printed.replaceChildren(ui('briefNotePrefix'), area.value);
  printed.hidden = !area.value;
  shareBox.value = new URL(`/brief/${shareHash(items)}`, location.origin).href;
});

const actions: Record<string, () => void> = {
  text: () => void copy(briefText(items, location.origin, uiLanguage())),
  html: () => void copy(briefText(items, location.origin, uiLanguage()), briefHtml(items, location.origin, uiLanguage())),
  print: () => window.print(),
  share: () => void copy(shareBox.value),
  clear: () => {
    if (window.confirm(beyond.briefClearConfirm[uiLanguage()])) update([]);
  },
};
document.querySelector('#brief-tools')!.addEventListener('click', (event) => {
  const b = (event.target as Element).closest<HTMLButtonElement>('button[data-brief-tool]');
  if (b) actions[b.dataset.briefTool!]?.();
});

/** Texts of items opened from a share link, read from their own pages (one fetch per page). */
async function fetchTexts(): Promise<void> {
  const missing = items.filter((i) => !i.text);
  if (missing.length === 0) return;
  say('briefLoading');
  const pages = new Map<string, Promise<Document | null>>();
  const pageOf = (path: string) => {
    if (!pages.has(path))
      pages.set(
        path,
        fetch(path)
          .then((r) => (r.ok ? r.text() : null))
          .then((html) => (html ? new DOMParser().parseFromString(html, 'text/html') : null))
          .catch(() => null),
      );
    return pages.get(path)!;
  };
  for (const item of missing) {
    const doc = await pageOf(new URL(item.url, location.origin).pathname);
    const owner = doc?.querySelector<HTMLElement>(`[data-url="${CSS.escape(item.url)}"]`);
    if (!owner) continue;
    items = items.map((i) =>
      i.url === item.url ? { ...i, text: excerptOf(owner), ...(owner.dataset.citeEn ? { citeEn: owner.dataset.citeEn } : {}) } : i,
    );
  }
  update(items);
  status.replaceChildren();
}

/** A share link: taken as the brief when this browser has none, else offered to replace or join it. */
function openShared(): void {
  const shared = parseShareHash(location.hash);
  if (!shared) return;
  const done = (next: BriefItem[]) => {
    history.replaceState(null, '', location.pathname);
    document.querySelector('#brief-shared')!.replaceChildren();
    update(next);
    void fetchTexts();
  };
  if (items.length === 0) return done(shared);
  const box = document.querySelector<HTMLElement>('#brief-shared')!;
  const replace = el('button');
  replace.type = 'button';
  replace.append(ui('briefReplace'));
  replace.addEventListener('click', () => done(shared));
  const merge = el('button');
  merge.type = 'button';
  merge.append(ui('briefMerge'));
  merge.addEventListener('click', () => done(shared.reduce(addItem, items)));
  box.replaceChildren(el('p', '', ''), replace, merge);
  box.firstElementChild!.append(ui('briefShared', shared.length));
}

render();
openShared();
void fetchTexts();
