/**
 * The header's live search: a WAI-ARIA combobox (the input) with a listbox popup (APG combobox pattern,
 * `aria-activedescendant`). Order of the options: a recognised number (every reading of an ambiguous one),
 * the best paragraphs with their context and terms marked, then where a recognised resolution or symbol is cited
 * (citedOptions) or else pages (Pagefind), and a last row opening the full search page. Loaded by search-box.ts on
 * first focus, with the small data it reads; Pagefind loads with the first query that needs pages.
 */
import type { Bilingual } from '../../lib/i18n/index.ts';
import { searchLive as s } from '../../lib/i18n/search-live.ts';
import { onUiLanguage, pick } from '../i18n.ts';
import { keepLangParam } from '../i18n.ts';
import type { LookupOutcome, LookupTarget } from '../../../core/search/lookup.ts';
import { pageFits, type TextAnswer } from '../../../core/search/answer.ts';
import type { ParagraphRef } from '../../../core/search/shards.ts';
import { excerpt, withHighlight, type ParagraphHit } from '../../../core/search/text.ts';
import { renderEnglishNote } from './english-note.ts';
import { citedPlacesUrl } from '../../lib/cited-place-file.ts';
import {
  answerParagraphs,
  hydrateHits,
  loadCitedPlaces,
  loadLookupTable,
  loadPagefind,
  loadShardMeta,
  loadTermIndex,
  lookupQuery,
  type PagefindResult,
  type PagefindResultData,
} from './search-data.ts';

const MAX_PARAGRAPHS = 5;
const MAX_PAGES = 4;
/** Pagefind results read to find pages passing the precision rule. */
const PAGE_CANDIDATES = 12;
/**
 * Pagefind's pages wait until typing pauses this long (the number answer and the paragraphs do not): a query typed
 * key by key (`7`, `74`, `74/`, `74/2`, `74/24`, `74/247`) would otherwise load Pagefind and fetch its fragments for
 * every prefix, each result thrown away at the next key.
 */
const PAGES_AFTER_PAUSE_MS = 250;

type Group = 'number' | 'paragraphs' | 'cited' | 'pages' | 'all';
interface Option {
  group: Group;
  href: string;
  label: string;
  detail: (string | { mark: string })[];
  note?: string | undefined;
  /** The label is indexed Chinese text (a page's title as Pagefind holds it), not chrome. */
  quotedLabel?: boolean;
}

function fillB(b: Bilingual, vars: Record<string, string | number>): string {
  return pick(b).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

function numberOptions(outcome: LookupOutcome): Option[] {
  const target = (t: LookupTarget): Option => ({
    group: 'number',
    href: t.url,
    label: pick({ zh: t.label, en: t.labelEn }),
    detail: t.title ? [t.title] : [],
    note: (t.note && pick({ zh: t.note, en: t.noteEn ?? t.note })) ?? undefined,
  });
  if (outcome.status === 'found') return [target(outcome.target)];
  if (outcome.status === 'ambiguous') return outcome.targets.map(target);
  if (outcome.status === 'missing') {
    const related = outcome.related.slice(0, 3).map(target);
    const missing: Option[] = outcome.officialUrl
      ? [
          {
            group: 'number',
            href: outcome.officialUrl,
            label: fillB(s.liveMissing, { label: pick({ zh: outcome.label, en: outcome.labelEn }) }),
            detail: [pick(s.liveOfficial)],
          },
        ]
      : [];
    return [...missing, ...related];
  }
  return [];
}

function paragraphOption(hit: ParagraphHit, marks: string[]): Option {
  return {
    group: 'paragraphs',
    href: withHighlight(hit.url, marks),
    label: fillB(s.liveParagraph, { symbol: hit.document, n: hit.number }),
    detail: excerpt(hit.text, marks, 60).map((p) => (p.mark ? { mark: p.text } : p.text)),
  };
}

/** Pagefind's excerpt is escaped HTML with <mark>: read as text, marks kept. */
function excerptPieces(html: string): Option['detail'] {
  const tmp = document.createElement('template');
  tmp.innerHTML = html;
  return [...tmp.content.childNodes].map((n) => (n.nodeName === 'MARK' ? { mark: n.textContent ?? '' } : (n.textContent ?? '')));
}

/**
 * The first MAX_PAGES of Pagefind's first PAGE_CANDIDATES results that pass the precision rule. Each result's
 * fragment is a fetch, so candidates are read MAX_PAGES at a time, stopping once enough pass: a query whose
 * first results all fit fetches a third of the fragments (the same pages, in the same order).
 */
async function fittingPages(answer: TextAnswer<ParagraphRef>, results: PagefindResult[]): Promise<PagefindResultData[]> {
  const fits: PagefindResultData[] = [];
  const candidates = results.slice(0, PAGE_CANDIDATES);
  for (let i = 0; i < candidates.length && fits.length < MAX_PAGES; i += MAX_PAGES) {
    const batch = await Promise.all(candidates.slice(i, i + MAX_PAGES).map((x) => x.data()));
    fits.push(...batch.filter((d) => pageFits(answer, d.content)));
  }
  return fits.slice(0, MAX_PAGES);
}

async function pageOptions(answer: TextAnswer<ParagraphRef>): Promise<Option[]> {
  const pf = await loadPagefind();
  const r = await pf.search(answer.pageQuery);
  return (await fittingPages(answer, r?.results ?? [])).map((d) => ({
    group: 'pages' as const,
    href: withHighlight(d.url, answer.marks),
    label: d.meta.title || d.url,
    quotedLabel: true,
    detail: excerptPieces(d.excerpt),
  }));
}

/** A link's page and anchor, without the highlight parameter: to tell a place already listed as a paragraph. */
const placeKey = (href: string) => href.replace(/\?[^#]*/, '');

/**
 * Under a recognised resolution, decision or cited symbol: where it is printed (mandate entries, table rows,
 * footnotes, paragraphs not listed above), read from the small file of each reading, instead of Pagefind's pages.
 * Pagefind would split the number into words and its pages would have to be fetched to keep those holding it
 * whole (most of a number query's bytes, and growing with the corpus). Null when no reading has such a file:
 * the pages then come from Pagefind.
 */
async function citedOptions(outcome: LookupOutcome, answer: TextAnswer<ParagraphRef>, shown: Option[]): Promise<Option[] | null> {
  const targets = outcome.status === 'found' ? [outcome.target] : outcome.status === 'ambiguous' ? outcome.targets : [];
  const readings = targets.flatMap((t) => {
    const file = citedPlacesUrl(t.url);
    return file ? [{ target: t, file }] : [];
  });
  if (readings.length === 0) return null;
  const listed = new Set(shown.map((o) => placeKey(o.href)));
  const lists = await Promise.all(readings.map(async (r) => ({ ...r, places: await loadCitedPlaces(r.file) })));
  // Under an ambiguous number each place says which reading it cites, and the readings take turns.
  const perReading = lists.map(({ target, places }) =>
    places
      .filter((p) => !listed.has(placeKey(p.url)))
      .map((p) => ({
        group: 'cited' as const,
        href: withHighlight(p.url, answer.marks),
        label: p.place.zh === '' ? p.document : fillB(s.liveCitedPlace, { symbol: p.document, place: pick(p.place) }),
        note: readings.length > 1 ? pick({ zh: target.label, en: target.labelEn }) : undefined,
        detail: p.text === '' ? [] : excerpt(p.text, answer.marks, 60).map((x) => (x.mark ? { mark: x.text } : x.text)),
      })),
  );
  const options: Option[] = [];
  for (let i = 0; options.length < MAX_PAGES && perReading.some((l) => i < l.length); i++)
    for (const l of perReading) if (i < l.length && options.length < MAX_PAGES) options.push(l[i]!);
  return options;
}

function allOption(q: string): Option {
  const params = keepLangParam(new URLSearchParams({ q }));
  return { group: 'all', href: `/search/?${params.toString()}`, label: fillB(s.liveAll, { q }), detail: [] };
}

const GROUP_LABEL: Record<Exclude<Group, 'all'>, Bilingual> = {
  number: s.liveGroupNumber,
  paragraphs: s.liveGroupParagraphs,
  cited: s.liveGroupCited,
  pages: s.liveGroupPages,
};

export function startLiveSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  form.dataset.live = 'on';
  const popup = form.querySelector<HTMLElement>('[data-search-popup]')!;
  const list = form.querySelector<HTMLElement>('#site-search-list')!;
  const note = form.querySelector<HTMLElement>('[data-search-note]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
  const closeButton = form.querySelector<HTMLButtonElement>('[data-search-close]')!;
  let options: Option[] = [];
  let active = -1;
  let generation = 0;
  let lastQuery = '';

  // The small data, fetched now (first focus); each query then fetches only the index shards it needs.
  // Pagefind (runtime, WebAssembly, its index's metadata, which grows with the corpus) loads with the first
  // query's pages, after the paragraphs are drawn.
  const ready = Promise.all([loadLookupTable(), loadShardMeta(), loadTermIndex()]);

  const optionId = (i: number) => `site-search-opt-${i}`;

  function setActive(i: number): void {
    active = i;
    for (const el of list.querySelectorAll<HTMLElement>('[role="option"]')) {
      const on = el.id === optionId(i);
      el.setAttribute('aria-selected', String(on));
      if (on) el.scrollIntoView({ block: 'nearest' });
    }
    if (i >= 0) input.setAttribute('aria-activedescendant', optionId(i));
    else input.removeAttribute('aria-activedescendant');
  }

  function open(show: boolean): void {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) setActive(-1);
  }

  function draw(opts: Option[], answer: TextAnswer<ParagraphRef> | null, q = ''): void {
    const keep = active >= 0 ? options[active]?.href : undefined;
    options = opts;
    list.replaceChildren();
    let group: Group | null = null;
    let box: HTMLElement = list;
    opts.forEach((o, i) => {
      if (o.group !== group) {
        group = o.group;
        if (o.group === 'all') box = list;
        else {
          box = document.createElement('div');
          box.setAttribute('role', 'group');
          box.className = 'site-search-group';
          box.setAttribute('aria-label', pick(GROUP_LABEL[o.group]));
          const head = document.createElement('div');
          head.className = 'site-search-group-label';
          head.setAttribute('aria-hidden', 'true');
          head.textContent = pick(GROUP_LABEL[o.group]);
          list.append(head, box);
        }
      }
      box.append(optionElement(o, i));
    });
    note.hidden = !(answer && renderEnglishNote(note, answer, q));
    const again = keep === undefined ? -1 : opts.findIndex((o) => o.href === keep);
    setActive(again);
    open(opts.length > 0);
  }

  function optionElement(o: Option, i: number): HTMLElement {
    const el = document.createElement('div');
    el.id = optionId(i);
    el.setAttribute('role', 'option');
    el.setAttribute('aria-selected', 'false');
    el.className = `site-search-option site-search-${o.group}`;
    el.dataset.href = o.href;
    const label = document.createElement('span');
    label.className = 'site-search-option-label';
    label.textContent = o.label;
    if (o.quotedLabel) label.dataset.docText = '';
    el.append(label);
    if (o.note)
      el.append(
        Object.assign(document.createElement('span'), {
          className: 'muted',
          textContent: pick({ zh: ` （${o.note}）`, en: ` (${o.note})` }),
        }),
      );
    if (o.detail.length > 0) {
      const d = document.createElement('span');
      d.className = 'site-search-option-detail';
      if (o.group !== 'all') d.dataset.docText = '';
      for (const p of o.detail)
        d.append(typeof p === 'string' ? p : Object.assign(document.createElement('mark'), { textContent: p.mark }));
      el.append(d);
    }
    // Keep focus in the input (mousedown), then go (click).
    el.addEventListener('mousedown', (e) => e.preventDefault());
    el.addEventListener('click', () => go(o.href));
    return el;
  }

  function announce(count: number, q: string): void {
    status.textContent = count > 0 ? fillB(s.liveCount, { n: count }) : fillB(s.liveNone, { q });
  }

  async function run(): Promise<void> {
    const gen = ++generation;
    const q = input.value.trim();
    lastQuery = q;
    if (q === '') {
      draw([], null);
      status.textContent = '';
      form.dataset.searchState = 'idle';
      return;
    }
    form.dataset.searchState = 'busy';
    try {
      const [, , terms] = await ready;
      const [outcome, answer] = await Promise.all([lookupQuery(q), answerParagraphs(q, terms)]);
      if (gen !== generation) return;
      const shown = await hydrateHits(answer.hits.slice(0, MAX_PARAGRAPHS));
      if (gen !== generation) return;
      const base = [...numberOptions(outcome), ...shown.map((h) => paragraphOption(h, answer.marks))];
      draw([...base, allOption(q)], answer, q);
      form.dataset.searchState = 'paragraphs';
      await new Promise((ok) => setTimeout(ok, PAGES_AFTER_PAUSE_MS));
      if (gen !== generation) return;
      const pages = await ((await citedOptions(outcome, answer, base).catch(() => null)) ??
        // A well-formed number or symbol the corpus does not hold (`74/24` on the way to `74/247`): a page could
        // hold it whole only inside a longer one, so Pagefind is not asked (the number answer says it is not here).
        (outcome.status === 'missing' ? [] : pageOptions(answer).catch(() => [] as Option[])));
      if (gen !== generation) return;
      const all = [...base, ...pages, allOption(q)];
      draw(all, answer, q);
      announce(all.length - 1, q);
      form.dataset.searchState = 'done';
    } catch (e) {
      if (gen !== generation) return;
      draw([allOption(q)], null);
      note.hidden = false;
      note.textContent = pick(s.liveSearchUnavailable);
      form.dataset.searchState = 'error';
      console.error(e);
    }
  }

  function go(href: string): void {
    location.href = href;
  }

  /** Enter without a chosen option: a number found goes to its page, anything else to the search page. */
  async function submit(): Promise<void> {
    const q = input.value.trim();
    const chosen = active >= 0 ? options[active] : undefined;
    if (chosen) {
      go(chosen.href);
      return;
    }
    if (q === '') {
      input.focus();
      return;
    }
    try {
      const outcome = await lookupQuery(q);
      if (outcome.status === 'found') {
        go(outcome.target.url);
        return;
      }
    } catch {
      // No table: full-text search still works.
    }
    go(allOption(q).href);
  }

  function setPanel(on: boolean): void {
    form.classList.toggle('site-search-open', on);
    document.documentElement.classList.toggle('site-search-panel', on);
  }

  input.addEventListener('input', (e) => {
    if (!e.isComposing) void run();
  });
  input.addEventListener('compositionend', () => void run());
  input.addEventListener('focus', () => {
    setPanel(true);
    if (input.value.trim() !== '' && options.length > 0) open(true);
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (popup.hidden) {
        if (options.length > 0) open(true);
        else void run();
        return;
      }
      const n = options.length;
      if (n === 0) return;
      if (e.key === 'ArrowDown') setActive(active + 1 >= n ? 0 : active + 1);
      else setActive(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!popup.hidden) open(false);
      else if (input.value !== '') {
        input.value = '';
        void run();
      } else {
        setPanel(false);
        input.blur();
      }
    } else if (e.key === 'Tab') {
      open(false);
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void submit();
  });
  closeButton.addEventListener('click', () => {
    open(false);
    setPanel(false);
    input.blur();
  });
  form.addEventListener('focusout', (e) => {
    if (e.relatedTarget instanceof Node && form.contains(e.relatedTarget)) return;
    open(false);
    setPanel(false);
  });
  onUiLanguage(() => {
    if (lastQuery) void run();
  });
  // The focus that loaded this module may already have text typed behind it.
  setPanel(document.activeElement === input);
  if (input.value.trim() !== '') void run();
}
