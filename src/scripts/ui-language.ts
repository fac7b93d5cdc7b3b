/**
 * The UI language switch: Chinese by default, English chrome on request, remembered across pages (localStorage)
 * and shareable as a link: `?lang=en` (or `?lang=zh`) on any URL sets and remembers it (the inline script in
 * Base.astro applies it before paint); switching writes the choice into the address bar, so the URL copied
 * from it opens in the same language. Bilingual attributes and the document title follow the switch.
 */
import { applyAttrs, uiLang, type UiLang } from './i18n.ts';

const root = document.documentElement;
const titleEl = document.querySelector<HTMLTitleElement>('title');
const titles = { zh: titleEl?.dataset.zh ?? document.title, en: titleEl?.dataset.en ?? document.title };

function apply(lang: UiLang): void {
  if (lang === 'en') root.dataset.ui = 'en';
  else delete root.dataset.ui;
  applyAttrs(lang);
  document.title = titles[lang];
}

/** Keeps `?lang=` in the address bar in step with the choice, leaving every other parameter and the hash alone. */
function writeUrl(lang: UiLang): void {
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(history.state, '', url);
}

// Chinese is what the HTML holds: only English needs work at load.
if (uiLang() === 'en') apply('en');
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-switch]')) {
  button.addEventListener('click', () => {
    const next: UiLang = uiLang() === 'en' ? 'zh' : 'en';
    apply(next);
    try {
      localStorage.setItem('ui-lang', next);
    } catch {
      /* private mode: switch for this page only */
    }
    writeUrl(next);
    document.dispatchEvent(new CustomEvent<UiLang>('ui-language', { detail: next }));
  });
}
