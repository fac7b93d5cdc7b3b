/**
 * "Copy link" and "Cite" on paragraphs and results (elements with data-url and data-cite). The buttons are in
 * the HTML (shown only when scripts run: `html.js`); one delegated listener serves them all, so long documents
 * pay nothing per paragraph at load.
 */
import { biSpan } from './i18n.ts';
import { chrome } from '../lib/i18n/chrome.ts';

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard refused (insecure context, permissions): show the text so it can be copied by hand.
    window.prompt('', text);
  }
  const label = [...button.childNodes];
  button.replaceChildren(biSpan(chrome.copied));
  button.dataset.copied = text;
  setTimeout(() => button.replaceChildren(...label), 1500);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action="copy-link"], button[data-action="cite"]');
  const owner = button?.closest<HTMLElement>('[data-url][data-cite]');
  if (!button || !owner) return;
  const url = new URL(owner.dataset.url!, location.origin).href;
  void copy(button.dataset.action === 'cite' ? `${owner.dataset.cite}（${url}）` : url, button);
});
