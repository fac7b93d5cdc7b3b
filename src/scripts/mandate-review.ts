/**
 * The mandate review table in the browser: filters by body, age band, sharing and invocation, sort by column,
 * the view kept in the URL, and the view downloaded as CSV. Option labels follow the UI language.
 */
import { onUiLanguage } from './i18n.ts';

const form = document.querySelector<HTMLFormElement>('[data-mandate-filters]');
const table = document.querySelector<HTMLTableElement>('[data-mandate-table]');

type Sort = 'order' | 'list' | 'age' | 'shared';
const keys = ['body', 'band', 'shared', 'invoked'] as const;

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The visible rows as CSV, with the column heads in the UI language and without the actions column. */
function viewCsv(t: HTMLTableElement): string {
  const english = document.documentElement.dataset.ui === 'en';
  const cellText = (c: Element) => {
    const copy = c.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(english ? '.i18n .zh' : '.i18n .en').forEach((e) => e.remove());
    copy.querySelectorAll('.para-actions').forEach((e) => e.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const head = [...t.tHead!.rows[0]!.cells].slice(0, -1).map(cellText);
  const rows = [...t.tBodies[0]!.rows].filter((r) => !r.hidden).map((r) => [...r.cells].slice(0, -1).map(cellText));
  return `${[head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function labelOptions(f: HTMLFormElement): void {
  const english = document.documentElement.dataset.ui === 'en';
  for (const o of f.querySelectorAll<HTMLOptionElement>('option[data-en]')) {
    o.dataset.zh ??= o.textContent ?? '';
    o.textContent = english ? o.dataset.en! : o.dataset.zh;
  }
}

function init(f: HTMLFormElement, t: HTMLTableElement): void {
  const tbody = t.tBodies[0]!;
  const rows = [...tbody.rows];
  const params = new URLSearchParams(location.search);
  const fields = f.elements as unknown as Record<(typeof keys)[number], HTMLSelectElement>;
  for (const k of keys) fields[k].value = params.get(k) ?? '';
  let sort = (params.get('sort') as Sort | null) ?? 'order';
  let dir = params.get('dir') === 'desc' ? -1 : 1;
  const num = (r: HTMLTableRowElement, k: string) => (r.dataset[k] === '' ? Number.POSITIVE_INFINITY : Number(r.dataset[k]));
  const compare = (a: HTMLTableRowElement, b: HTMLTableRowElement) =>
    (sort === 'list'
      ? a.dataset.list! < b.dataset.list!
        ? -1
        : a.dataset.list! > b.dataset.list!
          ? 1
          : 0
      : sort === 'order'
        ? 0
        : num(a, sort) - num(b, sort)) * dir || num(a, 'order') - num(b, 'order');
  const keep = (r: HTMLTableRowElement) =>
    (!fields.body.value || r.dataset.body === fields.body.value) &&
    (!fields.band.value || r.dataset.band === fields.band.value) &&
    (!fields.shared.value || (fields.shared.value === 'shared') === Number(r.dataset.shared) > 0) &&
    (!fields.invoked.value || r.dataset.invoked === fields.invoked.value);
  const render = () => {
    const shown = rows.filter(keep).sort(compare);
    for (const r of rows) r.hidden = true;
    for (const r of shown) {
      r.hidden = false;
      tbody.append(r);
    }
    f.querySelector('output')!.textContent = `${shown.length} / ${rows.length}`;
    document.querySelector<HTMLElement>('[data-no-match]')!.hidden = shown.length > 0;
    for (const th of t.tHead!.querySelectorAll<HTMLElement>('th[aria-sort]')) {
      const key = th.querySelector<HTMLElement>('[data-sort]')?.dataset.sort;
      th.setAttribute('aria-sort', key === sort ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    const next = new URLSearchParams();
    for (const k of keys) if (fields[k].value) next.set(k, fields[k].value);
    if (sort !== 'order' || dir < 0) {
      next.set('sort', sort);
      next.set('dir', dir > 0 ? 'asc' : 'desc');
    }
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}${location.hash}`);
  };
  f.addEventListener('input', render);
  f.addEventListener('submit', (e) => e.preventDefault());
  t.tHead!.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-sort]');
    if (!b) return;
    const key = b.dataset.sort as Sort;
    dir = sort === key ? -dir : key === 'age' || key === 'shared' ? -1 : 1;
    sort = key;
    render();
  });
  f.querySelector('[data-mandate-csv]')!.addEventListener('click', () => {
    const name = location.pathname.split('/').filter(Boolean).join('-');
    download(`${name}.csv`, viewCsv(t));
  });
  labelOptions(f);
  // After the switch has set the language (a click listener of our own could run before it).
  onUiLanguage(() => labelOptions(f));
  if (params.size > 0) render();
}

if (form && table) init(form, table);
