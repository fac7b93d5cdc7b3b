/**
 * On a page reached from search (`?hl=terms`, before the anchor): the terms are marked in the target
 * paragraph (or the whole main text when there is no anchor) and the target is outlined.
 */
import { markRanges, queryTerms } from '../../../core/search/text.ts';

const SKIP = 'button, script, style, .para-no, .para-actions, mark.search-mark';

function markIn(root: Element, terms: string[]): number {
  // Text may be split by links inside the paragraph: match on the joined text, then wrap piece by piece.
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const joined = nodes.map((n) => n.data).join('');
  const ranges = markRanges(joined, terms);
  if (ranges.length === 0) return 0;
  let offset = 0;
  const pieces: { node: Text; start: number; end: number }[] = [];
  for (const node of nodes) {
    const len = node.data.length;
    for (const [s, e] of ranges) {
      const a = Math.max(s, offset);
      const b = Math.min(e, offset + len);
      if (a < b) pieces.push({ node, start: a - offset, end: b - offset });
    }
    offset += len;
  }
  // Right to left within a node, so earlier offsets stay valid.
  for (const { node, start, end } of pieces.reverse()) {
    const target = node.splitText(start);
    target.splitText(end - start);
    const mark = document.createElement('mark');
    mark.className = 'search-mark';
    target.replaceWith(mark);
    mark.append(target);
  }
  return ranges.length;
}

function highlight(): void {
  const hl = new URLSearchParams(location.search).get('hl');
  if (!hl) return;
  const terms = queryTerms(hl).slice(0, 10);
  if (terms.length === 0) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  // A heading target (a Pagefind sub-result) holds few words: its section's terms are in the page, so mark the page.
  const root = target && !/^H[1-6]$/.test(target.tagName) ? target : document.querySelector('main');
  if (!root) return;
  markIn(root, terms);
  if (target && root === target) {
    target.classList.add('search-landing');
    target.scrollIntoView({ block: 'start' });
  }
}

// After the page's own scripts (footnote links, copy buttons) have added their parts.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlight);
else highlight();
