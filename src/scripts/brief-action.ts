/**
 * "Add to brief" on every citable element (`[data-url][data-cite]`). One delegated listener for the whole page;
 * one status line (created on first use) says what was added and links to the brief.
 */
import { addItem } from '../lib/brief.ts';
import { briefStrings } from '../lib/i18n/beyond.ts';
import { itemOf, loadBrief, saveBrief, uiLanguage } from './brief-store.ts';

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

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action="brief"]');
  const owner = button?.closest<HTMLElement>('[data-url][data-cite]');
  if (!button || !owner) return;
  const before = loadBrief();
  const after = addItem(before, itemOf(owner));
  saveBrief(after);
  button.dataset.added = '';
  announce(after !== before, after.length);
});
