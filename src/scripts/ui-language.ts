/** The UI language switch: Chinese by default, English chrome on request, remembered across pages. */
const root = document.documentElement;
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang-switch]')) {
  button.addEventListener('click', () => {
    const next = root.dataset.ui === 'en' ? 'zh' : 'en';
    if (next === 'en') root.dataset.ui = 'en';
    else delete root.dataset.ui;
    try { localStorage.setItem('ui-lang', next); } catch { /* private mode: switch for this page only */ }
  });
}
