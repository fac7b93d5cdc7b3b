/**
 * The resolution index in the browser: filters and sort read from and written to the URL, so a filtered view can
 * be shared (`/resolutions/?body=CND&q=56/9`). The rows arrive in the default order (body, then number).
 */
import { compareRows, matches, type IndexQuery, type IndexRow } from '../lib/resolution-filter.ts';
import { resolutions as strings } from '../lib/i18n/resolutions.ts';
import { fill } from '../lib/i18n/index.ts';
import { biSpan, keepLangParam } from './i18n.ts';

type Field = 'q' | 'body' | 'kind' | 'sort';
type SortKey = IndexQuery['sort'];
const sortKeys: readonly SortKey[] = ['body', 'number', 'kind', 'year', 'citations'];

function readQuery(params: URLSearchParams): IndexQuery {
  const sort = params.get('sort') as SortKey | null;
  return {
    q: params.get('q') ?? '',
    body: params.get('body') ?? '',
    kind: params.get('kind') ?? '',
    sort: sort && sortKeys.includes(sort) ? sort : 'body',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

function writeUrl(query: IndexQuery): void {
  const next = new URLSearchParams();
  for (const k of ['q', 'body', 'kind'] as const) if (query[k]) next.set(k, query[k]);
  if (query.sort !== 'body' || query.dir !== 'asc') {
    next.set('sort', query.sort);
    next.set('dir', query.dir);
  }
  keepLangParam(next);
  history.replaceState(history.state, '', next.size ? `?${next}` : location.pathname);
}

export function initResolutionIndex(): void {
  const form = document.querySelector<HTMLFormElement>('[data-resolution-filters]');
  const table = document.querySelector<HTMLTableElement>('table[data-resolution-list]');
  if (!form || !table) return;
  const tbody = table.tBodies[0]!;
  const rows = [...tbody.rows].map((tr) => ({
    tr,
    data: {
      body: tr.dataset.body!,
      kind: tr.dataset.kind!,
      number: tr.dataset.number!,
      title: tr.querySelector('[data-title]')?.textContent ?? '',
      year: tr.dataset.year ? Number(tr.dataset.year) : null,
      sessionStart: tr.dataset.sessionStart ? Number(tr.dataset.sessionStart) : null,
      citations: Number(tr.dataset.citations),
      order: Number(tr.dataset.order),
    } satisfies IndexRow,
  }));
  const noMatch = document.querySelector<HTMLElement>('[data-no-match]');
  const output = form.querySelector('output')!;
  const params = new URLSearchParams(location.search);
  const query = readQuery(params);
  const fields = form.elements as unknown as Record<Field, HTMLInputElement | HTMLSelectElement>;
  const sortValue = () => `${query.sort}:${query.dir}`;
  const showFields = () => {
    fields.q.value = query.q;
    fields.body.value = query.body;
    fields.kind.value = query.kind;
    // A column sort the menu does not offer (kind, descending) leaves the menu on its first choice.
    fields.sort.value = [...(fields.sort as HTMLSelectElement).options].some((o) => o.value === sortValue()) ? sortValue() : 'body:asc';
  };
  showFields();

  const count = (shown: number) => output.replaceChildren(biSpan(fill(strings.shownOf, { shown, total: rows.length })));
  const render = () => {
    const shown = rows.filter((r) => matches(r.data, query)).sort((a, b) => compareRows(a.data, b.data, query));
    for (const r of rows) r.tr.hidden = true;
    for (const r of shown) {
      r.tr.hidden = false;
      tbody.append(r.tr);
    }
    count(shown.length);
    if (noMatch) noMatch.hidden = shown.length > 0;
    for (const th of table.tHead!.querySelectorAll<HTMLElement>('th[aria-sort]')) {
      const key = th.querySelector<HTMLElement>('[data-sort]')?.dataset.sort;
      th.setAttribute('aria-sort', key === query.sort ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    }
    writeUrl(query);
  };

  form.addEventListener('input', () => {
    query.q = fields.q.value;
    query.body = fields.body.value;
    query.kind = fields.kind.value;
    const [sort, dir] = fields.sort.value.split(':');
    query.sort = sort as SortKey;
    query.dir = dir === 'desc' ? 'desc' : 'asc';
    render();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const b of table.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    b.addEventListener('click', () => {
      const key = b.dataset.sort as SortKey;
      query.dir = query.sort === key && query.dir === 'asc' ? 'desc' : 'asc';
      query.sort = key;
      showFields();
      render();
    });
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-filter-body]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      query.body = a.dataset.filterBody!;
      showFields();
      render();
    });
  }
  // Rows come in index order; re-laying out 500+ rows at load is only worth it when the URL asks for a view.
  if (['q', 'body', 'kind', 'sort', 'dir'].some((k) => params.has(k))) render();
  else count(rows.length);
}
