/**
 * The search page: as the delegate types, a recognised number is looked up first (instant, from the
 * build-time table), then paragraphs are matched by exact substring (every paragraph holding the terms)
 * and pages by Pagefind (ranked, with heading sub-results). Filters and the query live in the URL.
 */
import { docText, keepLangParam, say } from '../i18n.ts';
import { searchPage as s } from '../../lib/i18n/search-page.ts';
import { chrome } from '../../lib/i18n/chrome.ts';
import type { LookupOutcome } from '../../../core/search/lookup.ts';
import { excerpt, withHighlight, type ParagraphHit } from '../../../core/search/text.ts';
import { pageFits, type TextAnswer } from '../../../core/search/answer.ts';
import type { ParagraphRef } from '../../../core/search/shards.ts';
import { isExactKind } from '../../../core/search/classify.ts';
import { renderEnglishNote } from './english-note.ts';
import { answerParagraphs, hydrateHits, loadPagefind, loadTermIndex, lookupQuery, type PagefindResult } from './search-data.ts';
import { renderLookup } from './lookup-render.ts';

const PARAGRAPH_PAGE = 20;
const PAGE_PAGE = 10;
const FILTERS = ['kind', 'document', 'subprogramme', 'body'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const lookupBox = document.querySelector<HTMLElement>('#search-lookup')!;
const paraSection = document.querySelector<HTMLElement>('#search-paragraphs')!;
const pageSection = document.querySelector<HTMLElement>('#search-pages')!;
/** What an English query was searched as (or that it has no mapping), above the results. */
const englishNote = Object.assign(document.createElement('p'), { id: 'search-english', className: 'notice search-english', hidden: true });
status.before(englishNote);
const selects = Object.fromEntries(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`select[name="${f}"]`)!])) as Record<
  keyof Filters,
  HTMLSelectElement
>;

let generation = 0;
let lastOutcome: LookupOutcome = { status: 'none' };

function currentFilters(): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, selects[f].value])) as Filters;
}

function syncUrl(q: string, filters: Filters): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const f of FILTERS) if (filters[f]) params.set(f, filters[f]);
  const qs = keepLangParam(params).toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

function text(tag: string, className: string, content: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = content;
  return e;
}

function paragraphItem(hit: ParagraphHit, terms: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.href = withHighlight(hit.url, terms);
  a.className = 'search-hit-title';
  a.append(say(s.searchHitParagraph, { symbol: hit.document, n: hit.number }));
  li.append(a);
  if (hit.unit) {
    const unit = Object.assign(document.createElement('span'), { className: 'muted' });
    unit.append(say(chrome.subprogramme, { n: hit.unit }));
    li.append(' ', unit);
  }
  const p = docText(document.createElement('p'));
  p.className = 'search-excerpt';
  for (const piece of excerpt(hit.text, terms)) p.append(piece.mark ? text('mark', '', piece.text) : piece.text);
  li.append(p);
  return li;
}

/** Pagefind's excerpts are its own escaped text with <mark>; only <mark> is kept. */
function setExcerpt(p: HTMLElement, html: string): void {
  const tmp = document.createElement('template');
  tmp.innerHTML = html;
  p.replaceChildren();
  for (const node of tmp.content.childNodes) {
    if (node.nodeName === 'MARK') p.append(text('mark', '', node.textContent ?? ''));
    else p.append(node.textContent ?? '');
  }
}

async function pageItem(result: PagefindResult, terms: string[]): Promise<HTMLLIElement> {
  const d = await result.data();
  const li = document.createElement('li');
  li.className = 'search-hit';
  const a = document.createElement('a');
  a.href = withHighlight(d.url, terms);
  a.className = 'search-hit-title';
  const symbol = d.filters.document?.[0];
  if (d.meta.number && symbol) {
    // A paragraph record (the word-by-word fallback): titled like the paragraph hits, in the reader's language.
    a.append(say(s.searchHitParagraph, { symbol, n: d.meta.number }));
  } else {
    a.textContent = d.meta.title || d.url;
    // Pagefind indexes the Chinese text of the pages: their titles and excerpts are quoted as indexed.
    docText(a);
  }
  li.append(a);
  const p = docText(document.createElement('p'));
  p.className = 'search-excerpt';
  setExcerpt(p, d.excerpt);
  li.append(p);
  const subs = d.sub_results.filter((s) => s.url !== d.url && !/#$/.test(s.url)).slice(0, 3);
  if (subs.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'search-subs';
    for (const s of subs) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = withHighlight(s.url, terms);
      sa.textContent = s.title;
      docText(sa);
      const sp = docText(document.createElement('p'));
      sp.className = 'search-excerpt';
      setExcerpt(sp, s.excerpt);
      sli.append(sa, sp);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** Items handed out a page at a time: all known at once (an array), or found as the list needs them. */
interface Feed<T> {
  next: (n: number) => Promise<T[]>;
  /** Whether every item has been handed out or is waiting in the feed (the count is then final). */
  complete: () => boolean;
  /** Items found so far (handed out or waiting). */
  found: () => number;
}

function arrayFeed<T>(items: T[]): Feed<T> {
  let at = 0;
  return {
    next: (n) => Promise.resolve(items.slice(at, (at += n))),
    complete: () => true,
    found: () => items.length,
  };
}

/** Pagefind results read this many at a time to find those passing the precision rule. */
const CANDIDATE_BATCH = 20;
/** Pagefind results read at most (each read fetches the page's fragment). */
const MAX_CANDIDATES = 100;

/**
 * Pagefind's results passing the answer's precision rule (numbers, symbols, Latin words held whole). Each
 * check fetches the result's data, so candidates are read a batch at a time, only until the list has what
 * it shows (plus one, to know whether to offer more).
 */
function preciseFeed(results: PagefindResult[], answer: TextAnswer<ParagraphRef>): Feed<PagefindResult> {
  if (answer.pageMustHold === null) return arrayFeed(results);
  const candidates = results.slice(0, MAX_CANDIDATES);
  const fits: PagefindResult[] = [];
  let read = 0;
  let given = 0;
  return {
    async next(n) {
      while (fits.length - given < n + 1 && read < candidates.length) {
        const batch = candidates.slice(read, read + CANDIDATE_BATCH);
        read += batch.length;
        const data = await Promise.all(batch.map((r) => r.data()));
        fits.push(...batch.filter((_, i) => pageFits(answer, data[i]!.content)));
      }
      const out = fits.slice(given, given + n);
      given += out.length;
      return out;
    },
    complete: () => read >= candidates.length,
    found: () => fits.length,
  };
}

/** How many a feed has found: `12`, or `12+` while more may follow. */
const countOf = (feed: Feed<unknown>): string => `${feed.found()}${feed.complete() ? '' : '+'}`;

/** A list that shows `size` more items on each press of its button; `drawn` runs after each step. */
function paginate<T>(
  section: HTMLElement,
  feed: Feed<T>,
  size: number,
  draw: (items: T[]) => Promise<HTMLElement[]> | HTMLElement[],
  gen: number,
  drawn: () => void = () => {},
): Promise<void> {
  const list = section.querySelector('ol')!;
  const more = section.querySelector<HTMLButtonElement>('.search-more')!;
  list.replaceChildren();
  let shown = 0;
  const step = async (focusNew: boolean) => {
    const batch = await feed.next(size);
    if (gen !== generation) return;
    const nodes = await draw(batch);
    if (gen !== generation) return;
    list.append(...nodes);
    if (focusNew) nodes[0]?.querySelector('a')?.focus();
    shown += batch.length;
    more.hidden = shown >= feed.found() && feed.complete();
    section.hidden = shown === 0;
    drawn();
  };
  more.onclick = () => void step(true);
  return step(false);
}

function pagefindFilters(f: Filters, paragraphsOnly: boolean): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  // The paragraphs' bundle holds paragraphs only, the pages' bundle no paragraph (see loadPagefind).
  if (paragraphsOnly) filters.kind = 'paragraph';
  else if (f.kind) filters.kind = f.kind;
  if (f.document) filters.document = f.document;
  if (f.subprogramme) filters.subprogramme = f.subprogramme;
  if (f.body) filters.body = f.body;
  return filters;
}

function showEnglish(answer: TextAnswer<ParagraphRef>, q: string): void {
  englishNote.hidden = !renderEnglishNote(englishNote, answer, q);
}

async function run(): Promise<void> {
  const gen = ++generation;
  const q = input.value.trim();
  const f = currentFilters();
  syncUrl(q, f);
  document.body.dataset.searchState = 'busy';
  if (q === '') {
    lookupBox.hidden = paraSection.hidden = pageSection.hidden = englishNote.hidden = true;
    status.textContent = '';
    document.body.dataset.searchState = 'idle';
    return;
  }
  const wantParagraphs = (!f.kind || f.kind === 'paragraph') && !f.body;
  const wantPages = f.kind !== 'paragraph';
  try {
    // Pagefind loads with the first query (not with the page, whose weight then stays that of the code), in
    // parallel with the exact pass, which needs only the index shards of the query's terms.
    const pagefind = loadPagefind();
    pagefind.catch(() => {});
    const [outcome, termIndex] = await Promise.all([lookupQuery(q), loadTermIndex().catch(() => null)]);
    if (gen !== generation) return;
    const answer = await answerParagraphs(q, termIndex, { document: f.document, subprogramme: f.subprogramme });
    if (gen !== generation) return;
    const terms = answer.marks;
    showEnglish(answer, q);
    // 1. A recognised number, above everything else.
    lastOutcome = outcome;
    lookupBox.hidden = !renderLookup(lookupBox, lastOutcome);
    // 2. Paragraphs: every one holding the terms; Pagefind's word matches when none holds them exactly.
    let paraCount = 0;
    let fuzzy = false;
    if (wantParagraphs) {
      const hits = answer.hits;
      // A number, symbol or English word that no paragraph holds whole: no word-by-word fallback (it is noise).
      if (hits.length > 0 || isExactKind(answer.query.kind) || answer.english) {
        paraCount = hits.length;
        await paginate(
          paraSection,
          arrayFeed(hits),
          PARAGRAPH_PAGE,
          async (b) => (await hydrateHits(b)).map((h) => paragraphItem(h, terms)),
          gen,
        );
      } else {
        const r = await (await loadPagefind('paragraphs')).search(answer.pageQuery, { filters: pagefindFilters(f, true) });
        if (gen !== generation) return;
        const results = r?.results ?? [];
        paraCount = results.length;
        fuzzy = results.length > 0;
        await paginate(paraSection, arrayFeed(results), PAGE_PAGE, (b) => Promise.all(b.map((x) => pageItem(x, terms))), gen);
      }
      if (gen !== generation) return;
      paraSection.querySelector('h2')!.replaceChildren(say(fuzzy ? s.searchParagraphsFuzzy : s.searchParagraphsCount, { n: paraCount }));
    } else {
      paraSection.hidden = true;
    }
    // 3. Pages, ranked by Pagefind.
    let pageCount = '0';
    if (wantPages) {
      const r = await (await pagefind).search(answer.pageQuery, { filters: pagefindFilters(f, false) });
      if (gen !== generation) return;
      const feed = preciseFeed(r?.results ?? [], answer);
      const heading = pageSection.querySelector('h2')!;
      await paginate(
        pageSection,
        feed,
        PAGE_PAGE,
        (b) => Promise.all(b.map((x) => pageItem(x, terms))),
        gen,
        () => heading.replaceChildren(say(s.searchPagesCount, { n: countOf(feed) })),
      );
      if (gen !== generation) return;
      pageCount = countOf(feed);
    } else {
      pageSection.hidden = true;
    }
    const nothing = paraCount === 0 && pageCount === '0';
    const recognised = lastOutcome.status === 'found' || lastOutcome.status === 'ambiguous';
    if (nothing && !recognised) status.replaceChildren(say(s.searchNothing, { q }));
    else status.replaceChildren(...(recognised ? [say(s.searchNumberFound)] : []), say(s.searchFound, { p: paraCount, g: pageCount }));
    document.body.dataset.searchState = nothing ? 'empty' : 'done';
  } catch (e) {
    if (gen !== generation) return;
    status.replaceChildren(say(s.searchUnavailable));
    document.body.dataset.searchState = 'error';
    console.error(e);
  }
}

// Every keystroke searches at once (stale answers are dropped by `generation`); not while an IME is composing.
input.addEventListener('input', (e) => {
  if (e.isComposing) return;
  void run();
});
input.addEventListener('compositionend', () => void run());
for (const s of Object.values(selects)) s.addEventListener('change', () => void run());

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const target = lastOutcome.status === 'found' && input.value.trim() !== '' ? lastOutcome.target.url : null;
  if (target) {
    location.href = target;
    return;
  }
  void run().then(() => {
    if (lastOutcome.status === 'found') location.href = lastOutcome.target.url;
  });
});

/** Arrow keys move between the box and the result links. */
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results a:not([hidden])')].filter((a) => a.offsetParent !== null);
  const active = document.activeElement;
  if (active === input) {
    if (e.key === 'ArrowDown' && links[0]) {
      e.preventDefault();
      links[0].focus();
    }
    return;
  }
  const i = links.indexOf(active as HTMLAnchorElement);
  if (i === -1) return;
  e.preventDefault();
  if (e.key === 'ArrowDown') links[i + 1]?.focus();
  else if (i === 0) input.focus();
  else links[i - 1]?.focus();
});

// Start from the URL (`/search/?q=腐败&kind=paragraph`): links and the header box land here.
const params = new URLSearchParams(location.search);
for (const f of FILTERS) {
  const v = params.get(f);
  if (v) selects[f].value = v;
}
// Filters stay folded away (they take a phone's whole screen) unless the link sets one.
if (FILTERS.some((f) => selects[f].value)) document.querySelector<HTMLDetailsElement>('#search-filters')!.open = true;
input.value = params.get('q') ?? '';
input.focus();
if (input.value) void run();
// Nothing is fetched before the first keystroke: what the page loads does not grow with the corpus.
