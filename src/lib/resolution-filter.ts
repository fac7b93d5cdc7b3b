/** Filtering and sorting the resolution index: pure functions the page script and the tests share. */

export interface IndexRow {
  body: string;
  kind: string;
  number: string;
  title: string;
  year: number | null;
  /** First calendar year of the adopting session, the fallback when the source fixes no year (null when unknown). */
  sessionStart: number | null;
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

/** The sort menu (for phones, where the column heads are hidden): value `sort:dir`, label a UI string key. */
export const sortChoices = [
  { sort: 'body', dir: 'asc', label: 'sortBodyNumber' },
  { sort: 'year', dir: 'desc', label: 'sortYearNewest' },
  { sort: 'year', dir: 'asc', label: 'sortYearOldest' },
  { sort: 'citations', dir: 'desc', label: 'sortCitationsMost' },
  { sort: 'number', dir: 'asc', label: 'sortNumber' },
] as const satisfies readonly { sort: IndexQuery['sort']; dir: IndexQuery['dir']; label: string }[];

/** Numbers compare as numbers within their parts (74/5 before 74/247, 2017/18 before 2017/108). */
const collator = new Intl.Collator('en', { numeric: true });

/** When a row was adopted, as far as the source tells: its year, else its session's first year, else last. */
const whenOf = (r: IndexRow) => r.year ?? r.sessionStart ?? Infinity;

export function compareRows(a: IndexRow, b: IndexRow, query: Pick<IndexQuery, 'sort' | 'dir'>): number {
  // Within a body, in the order of adoption: by the year the source fixes, else the first year of the session
  // (unknown last), then by number read numerically (74/5 before 74/247; 2491 (XXIII) of 1968 before S-20/2 of 1998).
  const byWhen = whenOf(a) - whenOf(b);
  const byNumber =
    a.order - b.order || (Number.isNaN(byWhen) ? 0 : byWhen) || collator.compare(a.number, b.number) || collator.compare(a.kind, b.kind);
  let c: number;
  switch (query.sort) {
    case 'body':
      c = a.order - b.order;
      break;
    case 'kind':
      c = collator.compare(a.kind, b.kind);
      break;
    case 'year': {
      // Sorting by year, rows of unknown date go before the oldest (after the newest when descending).
      const d = (a.year ?? a.sessionStart ?? -Infinity) - (b.year ?? b.sessionStart ?? -Infinity);
      c = Number.isNaN(d) ? 0 : d;
      break;
    }
    case 'citations':
      c = a.citations - b.citations;
      break;
    default:
      c = collator.compare(a.number, b.number);
  }
  return (query.dir === 'desc' ? -c : c) || byNumber;
}
