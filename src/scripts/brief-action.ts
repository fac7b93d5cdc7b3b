/**
 * "Add to brief" on every citable element (`[data-url][data-cite]`). One delegated listener for the whole page;
 * one status line (created on first use) says what was added and links to the brief. Table rows carry no buttons
 * of their own (see cite-actions.ts): their cite popover offers the same action.
 */
import { addItem, type BriefItem } from '../lib/brief.ts';
import { beyond, briefStrings } from '../lib/i18n/beyond.ts';
import { citeActions, type CiteTarget } from './cite-actions.ts';
import { excerptOf, itemOf, loadBrief, saveBrief, uiLanguage } from './brief-store.ts';

function announce(added: boolean, count: number): void {
  let status = document.querySelector<HTMLElement>('.brief-status');
  if (!status) {
    status = document.createElement('div');
    status.className = 'brief-status';
    status.setAttribute('role', 'status');
    document.body.append(status);
  }
  const s = briefStrings(uiLanguage());
  status.replaceChildren(`${added ? s.added : s.already} (${s.count(count)}) `);
  const link = document.createElement('a');
  link.href = '/brief/';
  link.textContent = s.open;
  status.append(link);
}

function add(item: BriefItem): void {
  const before = loadBrief();
  const after = addItem(before, item);
  saveBrief(after);
  announce(after !== before, after.length);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action="brief"]');
  const owner = button?.closest<HTMLElement>('[data-url][data-cite]');
  if (!button || !owner) return;
  add(itemOf(owner));
  button.dataset.added = '';
});

/** The item a cite popover stands for (a table row's citation is composed by cite-actions.ts). */
function itemOfTarget(target: CiteTarget): BriefItem {
  const url = new URL(target.url);
  return { url: url.pathname + url.hash, cite: target.cite.zh, citeEn: target.cite.en, text: excerptOf(target.element), note: '' };
}

citeActions.push({
  id: 'brief',
  label: beyond.briefAdd,
  run: (target) => {
    add(itemOfTarget(target));
    return beyond.briefAdded;
  },
});
