/**
 * The header box on every page, kept small: `/` and Ctrl/⌘-K focus it (or the search page's own box), and
 * the first focus loads the live combobox (live-search.ts) with its data, so pages that are only read
 * never fetch search code or tables. Without it (no JavaScript, a failed load) the form still submits
 * to /search/?q=….
 */
export {};

const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const box = form?.querySelector<HTMLInputElement>('input[name="q"]');

function searchInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('#search-q') ?? box ?? null;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

document.addEventListener('keydown', (e) => {
  const k = e.key.toLowerCase();
  const shortcut =
    (k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey) || (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target));
  if (!shortcut) return;
  const input = searchInput();
  if (!input) return;
  e.preventDefault();
  input.focus();
  input.select();
});

if (form && box) {
  let started: Promise<void> | null = null;
  const start = () => {
    started ??= import('./live-search.ts')
      .then((m) => m.startLiveSearch(form, box))
      .catch(() => {
        started = null;
      });
    return started;
  };
  box.addEventListener('focus', () => void start());
  // Submitted before the live box loaded (a fast Enter): wait for it, it decides where to go.
  form.addEventListener('submit', (e) => {
    if (form.dataset.live === 'on') return;
    e.preventDefault();
    void start().then(() => (form.dataset.live === 'on' ? form.requestSubmit() : form.submit()));
  });
}
