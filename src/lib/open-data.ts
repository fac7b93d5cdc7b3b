/**
 * The open-data interface under /data/: each collection as JSON (an array of records) and, where the
 * records flatten into rows, as CSV. Field names are a public contract: see README "Open data".
 */
import { stringify } from 'csv-stringify/sync';
import { withPublicUrls } from './site-url.ts';
import type { CollectionName, Collections } from '../../core/schemas/collections.ts';

type Row = Record<string, string | number | boolean | null>;

/** A per-year value list (`values`, `years`) becomes one column per year column: `2020 planned`. */
function yearColumns(list: { year: number; status: string; value?: number | null; text?: string }[]): Row {
  const row: Row = {};
  for (const c of list) row[`${c.year} ${c.status}`] = c.value !== undefined ? c.value : (c.text ?? null);
  return row;
}

const join = (xs: readonly (string | number)[]) => xs.join('; ');

/** How each tabular collection flattens into CSV rows; collections absent here are JSON only. */
export const csvRows: Partial<{ [K in CollectionName]: (records: Collections[K]) => Row[] }> = {
  paragraphs: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      number: r.number,
      unit: r.unit,
      result: r.result,
      headingPath: r.headingPath.join(' > '),
      text: r.text,
      lineStart: r.lines[0],
      lineEnd: r.lines[1],
      url: r.url,
    })),
  subprogrammes: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      number: r.number,
      component: r.component,
      title: r.title,
      objective: r.objective,
      strategyParagraphs: join(r.strategyParagraphs),
      results: join(r.results),
      url: r.url,
    })),
  results: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      subprogramme: r.subprogramme,
      component: r.component,
      number: r.number,
      title: r.title,
      carriedFrom: r.carriedFrom ? join(r.carriedFrom.symbols) : null,
      measures: join(r.measures),
      url: r.url,
    })),
  performanceMeasures: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      result: r.result,
      kind: r.kind,
      number: r.number,
      title: r.title,
      ...yearColumns(r.years),
      url: r.url,
    })),
  deliverables: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      table: r.table,
      unit: r.unit,
      category: r.category,
      subcategory: r.subcategory,
      kind: r.kind,
      itemNumber: r.itemNumber,
      label: r.label,
      ...yearColumns(r.values),
      line: r.line,
    })),
  mandates: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      list: r.list,
      heading: r.heading,
      body: r.body,
      kind: r.kind,
      number: r.number,
      title: r.title,
      resolution: r.resolution,
      line: r.line,
    })),
  resolutions: (rs) =>
    rs.map((r) => ({
      id: r.id,
      body: r.body,
      kind: r.kind,
      number: r.number,
      titles: join(r.titles),
      year: r.year,
      yearBasis: r.yearBasis,
      session: r.session,
      sessionYears: r.sessionYears ? r.sessionYears.join('–') : null,
      officialSymbol: r.officialSymbol,
      citations: r.citations.length,
      url: r.url,
    })),
  citedDocuments: (rs) => rs.map((r) => ({ id: r.id, symbol: r.symbol, inCorpus: r.inCorpus, citations: r.citations.length, url: r.url })),
  figures: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      number: r.number,
      numberPrinted: r.numberPrinted,
      title: r.title,
      imageLost: r.imageLost,
      result: r.result,
      statedInText: join(r.statedInText.map((s) => `${s.paragraph}: ${s.text}`)),
      url: r.url,
    })),
  recommendations: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      paragraph: r.paragraph,
      theme: r.theme,
      addressees: join(r.addressees),
      text: r.text,
      url: r.url,
    })),
  oversight: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      body: r.body,
      bodyCode: r.bodyCode,
      reports: join(r.reports.map((x) => (x.place ? `${x.symbol}, ${x.place}` : x.symbol))),
      paragraph: r.paragraph,
      recommendation: r.recommendation,
      action: r.action,
      status: r.status,
      progressIn: join(r.progressIn.map((x) => (x.place ? `${x.symbol}, ${x.place}` : x.symbol))),
      line: r.line,
      url: r.url,
    })),
  discrepancies: (rs) =>
    rs.map((r) => ({
      id: r.id,
      document: r.document,
      kind: r.kind,
      table: r.table,
      line: r.line,
      description: r.description,
      printed: r.printed,
      computed: r.computed,
    })),
};

/** Extra CSV views that unnest one-to-many data delegates script against. */
export const extraCsv = {
  'resolution-citations': (c: Collections): Row[] =>
    c.resolutions.flatMap((r) =>
      r.citations.map((x) => ({
        resolution: r.id,
        body: r.body,
        kind: r.kind,
        number: r.number,
        document: x.document,
        paragraph: x.paragraph,
        mandateList: x.mandateList,
        table: x.table,
        footnote: x.footnote,
        precision: x.precision,
        url: x.url,
        bodyBasis: x.bodyBasis,
        line: x.line,
        text: x.text,
      })),
    ),
  'resource-rows': (c: Collections): Row[] =>
    c.resourceTables.flatMap((t) =>
      t.rows.map((row) => ({
        table: t.id,
        document: t.document,
        number: t.number,
        unit: t.unit,
        unitOfMeasure: t.unitOfMeasure,
        part: row.part,
        group: row.group,
        label: row.label,
        kind: row.kind,
        line: row.line,
        ...Object.fromEntries(t.columns.map((col, i) => [col, row.values[i] ?? row.texts[i] ?? null])),
      })),
    ),
} satisfies Record<string, (c: Collections) => Row[]>;

/** A collection as its JSON file: an array of records, one key per line. */
export function collectionJson(records: readonly unknown[]): string {
  // `url` fields absolute on the public origin when the build has one (SITE_URL), else site paths.
  return JSON.stringify(withPublicUrls(records), null, 1) + '\n';
}

/** A file size for people: `12.3 KB`, `1.2 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Text a spreadsheet reads as a number: `-26.3`, `+5`, `1 257.0`, `12%`, `(26.3)` (the UN's negative). */
const NUMBER_TEXT = /^[-+]?\d[\d ,]*(\.\d+)?%?$|^\(\d[\d ,]*(\.\d+)?\)$/;
/** A leading character that makes Excel or LibreOffice run the cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, a leading tab or CR) gets a
 * leading apostrophe, which shows the text as printed; numbers, and text that reads as a number, stay as they are.
 */
export function neutraliseFormula(value: string | number | boolean | null): string | number | boolean | null {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || NUMBER_TEXT.test(value)) return value;
  return `'${value}`;
}

/** Byte-order mark: without it Excel on Windows reads UTF-8 as the local code page and garbles Chinese. */
export const CSV_BOM = '\uFEFF';

/** CSV text (UTF-8 with BOM) with a header row of every column any row has, in first-seen order; formula-leading text neutralised. */
export function toCsv(rows: Row[]): string {
  const columns: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const safe = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, neutraliseFormula(v)])));
  return (
    CSV_BOM +
    stringify(safe, {
      header: true,
      columns: columns.map((c) => ({ key: c, header: String(neutraliseFormula(c)) })),
      cast: { boolean: (b) => (b ? 'true' : 'false') },
    })
  );
}

/** The CSV file of a collection or extra view, or null when it has none. */
export function csvFor(name: string, corpus: Collections): string | null {
  if (name in extraCsv) return toCsv(withPublicUrls(extraCsv[name as keyof typeof extraCsv](corpus)));
  const flatten = csvRows[name as CollectionName] as ((r: Collections[CollectionName]) => Row[]) | undefined;
  return flatten ? toCsv(withPublicUrls(flatten(corpus[name as CollectionName]))) : null;
}

/** Size in bytes of a file's UTF-8 text. */
export const byteSize = (text: string) => new TextEncoder().encode(text).length;
