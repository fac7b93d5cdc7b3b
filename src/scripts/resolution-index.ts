/** The resolution index in the browser: filters and sort read from and written to the URL, so a filtered view can be shared. */
import { compareRows, matches, type IndexQuery, type IndexRow } from '../lib/resolution-filter.ts';

export function initResolutionIndex(): void {
  const form = document.querySelector<HTMLFormElement>('[data-resolution-filters]');
  const table = document.querySelector<HTMLTableElement>('table[data-sortable]');
  if (!form || !table) return;
  const tbody = table.tBodies[0]!;
  const rows = [...tbody.rows].map((tr) => ({
    tr,
    data: {
      body: tr.dataset.body!, kind: tr.dataset.kind!, number: tr.dataset.number!, title: tr.cells[3]!.textContent ?? '',
      year: tr.dataset.year ? Number(tr.dataset.year) : null, citations: Number(tr.dataset.citations), order: Number(tr.dataset.order),
    } satisfies IndexRow,
  }));
  const noMatch = document.querySelector<HTMLElement>('[data-no-match]');
  const params = new URLSearchParams(location.search);
  const query: IndexQuery = {
    q: params.get('q') ?? '', body: params.get('body') ?? '', kind: params.get('kind') ?? '',
    sort: (params.get('sort') as IndexQuery['sort']) ?? 'body', dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  const fields = form.elements as unknown as Record<'q' | 'body' | 'kind', HTMLInputElement>;
  fields.q.value = query.q; fields.body.value = query.body; fields.kind.value = query.kind;

  const render = () => {
    const shown = rows.filter((r) => matches(r.data, query)).sort((a, b) => compareRows(a.data, b.data, query));
    for (const r of rows) r.tr.hidden = true;
    for (const r of shown) { r.tr.hidden = false; tbody.append(r.tr); }
    form.querySelector('output')!.textContent = `${shown.length} / ${rows.length}`;
    if (noMatch) noMatch.hidden = shown.length > 0;
    for (const th of table.tHead!.querySelectorAll<HTMLElement>('th[aria-sort]')) {
      const key = th.querySelector<HTMLElement>('[data-sort]')?.dataset.sort;
      th.setAttribute('aria-sort', key === query.sort ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    }
    const next = new URLSearchParams();
    for (const k of ['q', 'body', 'kind'] as const) if (query[k]) next.set(k, query[k]);
    if (query.sort !== 'body' || query.dir !== 'asc') { next.set('sort', query.sort); next.set('dir', query.dir); }
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
  };

  form.addEventListener('input', () => {
    query.q = fields.q.value; query.body = fields.body.value; query.kind = fields.kind.value;
    render();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const b of table.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    b.addEventListener('click', () => {
      const key = b.dataset.sort as IndexQuery['sort'];
      query.dir = query.sort === key && query.dir === 'asc' ? 'desc' : 'asc';
      query.sort = key;
      render();
    });
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-filter-body]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      query.body = a.dataset.filterBody!;
      fields.body.value = query.body;
      render();
    });
  }
  // Rows come in index order; re-laying out 500+ rows at load is only worth it when the URL asks for a view.
  if (params.size > 0) render();
  else form.querySelector('output')!.textContent = `${rows.length} / ${rows.length}`;
}
