/** Filtering and sorting the resolution index: pure functions the page script and the tests share. */

export interface IndexRow {
  body: string;
  kind: string;
  number: string;
  title: string;
  year: number | null;
  citations: number;
  /** Position of the body in the canonical body order. */
  order: number;
}

export interface IndexQuery {
  q: string;
  body: string;
  kind: string;
  sort: 'body' | 'number' | 'kind' | 'year' | 'citations';
  dir: 'asc' | 'desc';
}

/** Text match on number or title; full-width digits and slashes and spaces do not matter. */
export function matches(row: IndexRow, query: IndexQuery): boolean {
  if (query.body && row.body !== query.body) return false;
  if (query.kind && row.kind !== query.kind) return false;
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const q = norm(query.q);
  return q === '' || norm(row.number).includes(q) || norm(row.title).includes(q);
}

const collator = new Intl.Collator('en', { numeric: true });

export function compareRows(a: IndexRow, b: IndexRow, query: Pick<IndexQuery, 'sort' | 'dir'>): number {
  const byNumber = a.order - b.order || collator.compare(a.number, b.number) || collator.compare(a.kind, b.kind);
  let c: number;
  switch (query.sort) {
    case 'body': c = a.order - b.order; break;
    case 'kind': c = collator.compare(a.kind, b.kind); break;
    case 'year': c = (a.year ?? -Infinity) - (b.year ?? -Infinity); break;
    case 'citations': c = a.citations - b.citations; break;
    default: c = collator.compare(a.number, b.number);
  }
  return (query.dir === 'desc' ? -c : c) || byNumber;
}
