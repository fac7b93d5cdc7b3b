/**
 * Cite and copy on everything a delegate cites: paragraphs, results, subprogrammes, tables, table rows, figures,
 * mandate entries. A citable element carries `data-url` (its permalink path) and `data-cite` / `data-cite-en`
 * (the citation in Chinese and English, src/lib/cite.ts). Its buttons (src/components/CiteActions.astro) are in
 * the HTML; one delegated listener serves them all, so long documents pay nothing per element at load.
 *
 * - `copy-link` copies the permalink at once;
 * - `cite` copies the citation with its permalink, in the UI language, and opens the cite popover, which lists
 *   every action of `citeActions` for that element (add one there to offer it everywhere).
 *
 * Table rows carry no buttons in the HTML (a fascicle has hundreds): when the reader first points at or tabs
 * into a table that offers row citations (`data-row-cite`), each anchored row gets a small cite button.
 */
import { cite as strings } from '../lib/i18n/cite.ts';
import { chrome } from '../lib/i18n/chrome.ts';

type Lang = 'zh' | 'en';
interface Bilingual {
  zh: string;
  en: string;
}

/** What an action works on: the element's citation in both languages and its absolute permalink. */
export interface CiteTarget {
  cite: Bilingual;
  url: string;
  element: HTMLElement;
}

/** One entry of the popover's action list. `run` returns the status to show (or nothing). */
export interface CiteAction {
  id: string;
  label: Bilingual;
  run: (target: CiteTarget) => Promise<Bilingual | void> | Bilingual | void;
}

const root = document.documentElement;
const lang = (): Lang => (root.dataset.ui === 'en' ? 'en' : 'zh');
const other = (l: Lang): Lang => (l === 'en' ? 'zh' : 'en');
/** The public origin the build was given (SITE_URL), else the reader's own. */
const origin = root.dataset.origin || location.origin;
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

/** Citation followed by its permalink, as pasted into a letter. */
export const citeWithUrl = (t: CiteTarget, l: Lang = lang()) => fill(strings.citeWithUrl[l], { cite: t.cite[l], url: t.url });

async function copyText(text: string): Promise<Bilingual> {
  try {
    await navigator.clipboard.writeText(text);
    return strings.citeCopiedNote;
  } catch {
    return strings.citeCopyRefused;
  }
}

/** The popover's actions, in order. Other features append theirs (`citeActions.push(…)`). */
export const citeActions: CiteAction[] = [
  { id: 'copy-citation', label: strings.citeCopyCitation, run: (t) => copyText(citeWithUrl(t)) },
  { id: 'copy-link', label: chrome.copyLink, run: (t) => copyText(t.url) },
  { id: 'copy-other', label: strings.citeCopyOther, run: (t) => copyText(citeWithUrl(t, other(lang()))) },
];

/** The citable element a button belongs to: a table row (its label fills the table's row template) or the nearest owner. */
function targetOf(button: Element): CiteTarget | null {
  const row = button.closest<HTMLTableRowElement>('tr[id]');
  const table = row?.closest<HTMLElement>('[data-row-cite]');
  if (row && table) {
    const label = (row.cells[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const short = label.length > 40 ? `${label.slice(0, 40)}…` : label;
    const cite = { zh: fill(table.dataset.rowCite!, { row: short }), en: fill(table.dataset.rowCiteEn!, { row: short }) };
    return { cite, url: new URL(`#${row.id}`, new URL(table.dataset.url!, origin)).href, element: row };
  }
  const owner = button.closest<HTMLElement>('[data-url][data-cite]');
  if (!owner) return null;
  return {
    cite: { zh: owner.dataset.cite!, en: owner.dataset.citeEn ?? owner.dataset.cite! },
    url: new URL(owner.dataset.url!, origin).href,
    element: owner,
  };
}

let popover: HTMLElement | null = null;
/** The button that opened the popover: focus returns to it when the popover closes. */
let opener: HTMLElement | null = null;

/** The one popover, built on first use. */
function popoverElement(): HTMLElement {
  if (popover) return popover;
  const pop = document.createElement('div');
  popover = pop;
  pop.className = 'cite-pop';
  pop.setAttribute('popover', 'auto');
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('data-pagefind-ignore', '');
  pop.addEventListener('toggle', (e) => {
    if (e.newState === 'closed' && pop.contains(document.activeElement)) opener?.focus();
  });
  document.body.append(popover);
  return popover;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

function openPopover(button: HTMLElement, target: CiteTarget, status: Bilingual | void): void {
  const pop = popoverElement();
  const l = lang();
  pop.setAttribute('aria-label', strings.citeDialog[l]);
  const text = element('p', 'cite-pop-text', target.cite[l]);
  const link = element('a', 'cite-pop-url', target.url);
  link.href = target.url;
  const actions = element('div', 'cite-pop-actions');
  const note = element('p', 'cite-pop-status', status ? status[l] : '');
  note.setAttribute('role', 'status');
  for (const action of citeActions) {
    const b = element('button', '', action.label[l]);
    b.type = 'button';
    b.addEventListener('click', () => {
      void Promise.resolve(action.run(target)).then((result) => {
        note.textContent = result ? result[l] : '';
      });
    });
    actions.append(b);
  }
  const close = element('button', 'cite-pop-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', strings.citeClose[l]);
  close.addEventListener('click', () => pop.hidePopover());
  pop.replaceChildren(close, text, link, actions, note);
  pop.dataset.for = target.url;
  opener = button;
  if (pop.matches(':popover-open')) pop.hidePopover();
  pop.showPopover();
  place(pop, button);
  (actions.firstElementChild as HTMLElement | null)?.focus();
}

/** Below the button (above it when there is no room), inside the viewport. */
function place(pop: HTMLElement, button: HTMLElement): void {
  const r = button.getBoundingClientRect();
  const width = Math.min(pop.offsetWidth, window.innerWidth - 16);
  pop.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  pop.style.top = `${below + pop.offsetHeight > window.innerHeight && r.top > pop.offsetHeight + 12 ? r.top - pop.offsetHeight - 6 : below}px`;
}

/** Row buttons for one table, added once (see the module comment). */
function armRows(table: HTMLElement): void {
  if (table.dataset.rowsArmed === 'true') return;
  table.dataset.rowsArmed = 'true';
  const label = strings.citeRowButton[lang()];
  for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[id]')) {
    const cell = row.cells[0];
    if (!cell) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'row-cite';
    b.dataset.action = 'cite';
    b.setAttribute('aria-label', label);
    b.title = label;
    cell.prepend(b);
  }
}

function arm(event: Event): void {
  const table = (event.target as Element | null)?.closest?.<HTMLElement>('[data-row-cite]');
  if (table) armRows(table);
}
document.addEventListener('pointerover', arm, { passive: true });
document.addEventListener('focusin', arm);

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
    'button[data-action="copy-link"], button[data-action="cite"]',
  );
  const target = button && targetOf(button);
  if (!button || !target) return;
  if (button.dataset.action === 'copy-link') {
    void copyText(target.url).then(() => flash(button, target.url));
    return;
  }
  const text = citeWithUrl(target);
  void copyText(text).then((status) => {
    flash(button, text);
    openPopover(button, target, status);
  });
});

/** A brief tick on the button; `data-copied` keeps what was copied (the browser tests read it). */
function flash(button: HTMLElement, text: string): void {
  button.dataset.copied = text;
  button.classList.add('copied');
  setTimeout(() => button.classList.remove('copied'), 1500);
}

// Print footers: without a public origin the build wrote paths; the reader's origin completes them.
if (!root.dataset.origin) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-url]')) el.textContent = new URL(el.dataset.printUrl!, origin).href;
}
