/**
 * The header box on every page: `/` and Ctrl/⌘-K focus it (or the search page's own box); submitting a
 * recognised number goes straight to its page, anything else to /search/?q=….
 */
import { loadLookupTable, lookupQuery } from './search-data.ts';

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
  const shortcut = (k === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey) || (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target));
  if (!shortcut) return;
  const input = searchInput();
  if (!input) return;
  e.preventDefault();
  input.focus();
  input.select();
});

if (form && box) {
  // Load the small table as soon as the delegate shows intent, so Enter is instant.
  box.addEventListener('focus', () => void loadLookupTable().catch(() => {}), { once: true });
  form.addEventListener('submit', (e) => {
    const q = box.value.trim();
    e.preventDefault();
    if (q === '') { box.focus(); return; }
    void go(q);
  });
}

/** A number goes to its page; anything else (or no lookup table) to full-text search. */
async function go(q: string): Promise<void> {
  try {
    const outcome = await lookupQuery(q);
    if (outcome.status === 'found') { location.href = outcome.target.url; return; }
  } catch {
    // No table (offline, file missing): full-text search still works.
  }
  location.href = `/search/?q=${encodeURIComponent(q)}`;
}
