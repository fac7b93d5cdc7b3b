/**
 * What the English-interface test looks for on a page: runs of Chinese (CJK characters and punctuation) that
 * the reader sees, or hears through aria-label, title, placeholder or alt, outside text quoted from the
 * documents (`[data-doc-text]`). Runs in the page (`page.evaluate(findChineseChrome)`): self-contained.
 */
export interface ChineseRun {
  /** Where it is: the nearest element with an id, then the element (`#result-3 > td.lbl`), and the attribute if any. */
  where: string;
  /** The run of Chinese and a little of its context. */
  text: string;
}

export function findChineseChrome(): ChineseRun[] {
  const cjk = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+/gu;
  const runs: ChineseRun[] = [];
  const describe = (el: Element): string => {
    const self = `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    const anchor = el.closest('[id]');
    return anchor && anchor !== el ? `#${anchor.id} … ${self}` : el.id ? `#${el.id}` : self;
  };
  const record = (el: Element, text: string, attr?: string) => {
    for (const m of text.matchAll(cjk)) {
      const from = Math.max(0, m.index - 12);
      runs.push({
        where: attr ? `${describe(el)} [${attr}]` : describe(el),
        text: text
          .slice(from, m.index + m[0].length + 12)
          .replace(/\s+/g, ' ')
          .trim(),
      });
    }
  };
  // Quoted from the documents, or the language switch naming Chinese in Chinese (中文): not chrome to translate.
  const quoted = (el: Element) =>
    el.closest('[data-doc-text], [data-lang-switch] [lang|="zh"], script, style, noscript, template') !== null;
  // Closed <details> hide chrome the reader opens with one click: open them all.
  for (const d of document.querySelectorAll('details')) d.open = true;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || quoted(el) || !node.textContent || !cjk.test(node.textContent)) continue;
    cjk.lastIndex = 0;
    const select = el.closest('select');
    if (!(select ?? el).checkVisibility()) continue;
    record(el, node.textContent);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (quoted(el) || !el.checkVisibility()) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) record(el, value, attr);
    }
  }
  return runs;
}
