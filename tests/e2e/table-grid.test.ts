/**
 * Every table on the site, read as a reader's eye reads it: the rendered grid (rowspans and colspans
 * resolved), each value cell under the heading that stands over its grid column. Asserts that each heading
 * stands over the column the parser assigned it (content/tables.json), that each cell holds the value the
 * parser placed there, and that the budget-year estimate of every total row (the last figure the source
 * prints on that line) sits under the estimate heading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Table } from '../../core/schemas/table.ts';
import { dist, launchBrowser, serveDist } from './harness.ts';

const tables = JSON.parse(readFileSync(join(import.meta.dirname, '../../content/tables.json'), 'utf8')) as Table[];
const byUrl = new Map(tables.map((t) => [`${t.documentId}#${t.number}`, t]));

/** Built pages that draw at least one table, as site paths. */
function pagesWithTables(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'index.html' && /class="table-wrap" id="table-/.test(readFileSync(p, 'utf8')))
        out.push('/' + relative(dist, dir).replace(/\\/g, '/') + (dir === dist ? '' : '/'));
    }
  };
  walk(dist);
  return out.map((p) => p.replace(/^\/+/, '/'));
}

interface GridTable {
  id: string;
  /** Heading texts over each grid column, top to bottom (thead). */
  columns: string[][];
  rows: { id: string; subhead: boolean; cells: { x: number; text: string; th: boolean }[] }[];
}

/** Runs in the page: each table's head resolved into grid columns, each body row's cells with their grid column. */
function readGrids(): GridTable[] {
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll('.table-wrap[id^="table-"]')].map((wrap) => {
    const table = wrap.querySelector('table')!;
    const columns: string[][] = [];
    const taken: boolean[][] = [];
    [...table.querySelectorAll('thead tr')].forEach((tr, y) => {
      let x = 0;
      for (const cell of [...(tr as HTMLTableRowElement).cells]) {
        while (taken[y]?.[x]) x++;
        for (let dy = 0; dy < cell.rowSpan; dy++)
          for (let dx = 0; dx < cell.colSpan; dx++) {
            (taken[y + dy] ??= [])[x + dx] = true;
            (columns[x + dx] ??= []).push(text(cell));
          }
        x += cell.colSpan;
      }
    });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => {
      let x = 0;
      const cells = [...(tr as HTMLTableRowElement).cells].map((c) => {
        const out = { x, text: text(c), th: c.tagName === 'TH' };
        x += c.colSpan;
        return out;
      });
      return { id: tr.id, subhead: tr.classList.contains('subhead'), cells };
    });
    return { id: wrap.id, columns, rows };
  });
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** The heading text the site shows for a column (a supplied one without a label shows the notice). */
const expectedHeading = (c: Table['columns'][number]) => squash(c.label);

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every table on the site: headings over their values', () => {
  test("each heading stands over the parser's column, each cell holds its value, each total's estimate under the estimate heading", async () => {
    const pages = pagesWithTables();
    expect(pages.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    let totalsChecked = 0;
    const page = await browser.newPage();
    for (const path of pages) {
      await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
      const documentId = /^\/documents\/([^/]+)\//.exec(path)?.[1];
      for (const grid of await page.evaluate(readGrids)) {
        const number = grid.id.replace(/^table-/, '');
        const t = byUrl.get(`${documentId}#${number}`);
        expect(t, `${path} ${grid.id}`).toBeDefined();
        seen.add(t!.id);
        const offset = t!.stub === null ? 0 : 1;
        // The head: over grid column offset + i stands the heading of the parser's column i (its leaf, under its group).
        t!.columns.forEach((c, i) => {
          const over = grid.columns[offset + i]?.map(squash) ?? [];
          const where = `${path} 表 ${number} column ${i} (${c.key})`;
          if (c.label !== '') expect(over.at(-1)?.startsWith(expectedHeading(c)), `${where}: ${over.join(' / ')}`).toBe(true);
          if (c.group !== null) expect(over[0], where).toBe(squash(c.group));
        });
        expect(grid.columns.length, `${path} 表 ${number}: head width`).toBe(offset + t!.columns.length);
        // The body: each value cell in the grid column of the parser's column.
        const body = grid.rows.filter((r) => !r.subhead);
        expect(body.length, `${path} 表 ${number}: rows`).toBe(t!.rows.length);
        t!.rows.forEach((row, k) => {
          const r = body[k]!;
          expect(r.id).toBe(row.anchor);
          const labelOnly = row.label !== null && row.values.every((v) => v === null || v === '');
          if (labelOnly) return;
          row.values.forEach((v, i) => {
            const cell = r.cells.find((c) => c.x === offset + i);
            expect(cell?.text, `${path} ${row.anchor} column ${t!.columns[i]!.key}`).toBe(squashSpaces(v ?? ''));
          });
          if (t!.role === 'resources' && /^(共计|总计|小计)/.test(row.label ?? '')) {
            totalsChecked += checkTotalEstimate(t!, row, r, grid, offset, path);
          }
        });
      }
    }
    // Every table the parser found is drawn somewhere.
    expect([...seen].sort()).toEqual(tables.map((t) => t.id).sort());
    expect(totalsChecked).toBeGreaterThan(20);
    await page.close();
  }, 600_000);
});

const squashSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The last figure printed on a total's line is its budget-year estimate: it must stand under the estimate heading. */
function checkTotalEstimate(
  t: Table,
  row: Table['rows'][number],
  r: GridTable['rows'][number],
  grid: GridTable,
  offset: number,
  path: string,
): number {
  const budgetYear = Math.max(...t.columns.map((c) => c.year ?? 0));
  const estimate = t.columns.findIndex((c) => c.year === budgetYear && (c.role === 'estimate' || c.role === 'proposed'));
  if (estimate < 0) return 0;
  const printedLast = [...row.cells.slice(1)].reverse().find((c) => c.trim() !== '');
  if (printedLast === undefined) return 0;
  const cell = r.cells.find((c) => c.x === offset + estimate);
  const where = `${path} ${row.anchor} (${row.label})`;
  expect(cell?.text, where).toBe(squashSpaces(printedLast));
  // Under a head printed inside the table, that head names the column; otherwise the table head does.
  const heading = grid.columns[offset + estimate]!.at(-1)!;
  expect(heading, where).toMatch(new RegExp(`${budgetYear}\\s*年\\s*(估计数|拟议数)`));
  return 1;
}
