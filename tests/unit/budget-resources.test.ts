import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeSeed, type SourceLine } from '../../scripts/lib/source.ts';
import { splitCells, type RawTable } from '../../scripts/kinds/budget-fascicle/raw-table.ts';
import { parseResourceTable } from '../../scripts/kinds/budget-fascicle/resources.ts';
import { tableRecord } from '../../scripts/kinds/budget-fascicle/tables.ts';
import { formatAmount } from '../../scripts/kinds/budget-fascicle/resources-numbers.ts';
import { reconcileAcrossTables } from '../../scripts/kinds/budget-fascicle/resources-cross.ts';
import { fixtureTests } from './fixtures.ts';
import { fixtureMeta } from './meta.ts';

const SYMBOL = 'A/76/6 (Sect. 16)';
const TABLE_NUMBER = /^表\s*(\d+\.\d+)\s*$/;
const UNIT_LINE = /^[(（](.+)[)）]$/;
const PAGE_HEADER = /^第\s*[\d一二三四五六七八九十]+\s*[款编](\s|$)/;
const NOTE = /^(注|\^|资料来源)/;
const PART_LABEL = /^\(\d+\)\s*\S/;

/**
 * Test-local cutter: the number from the first line; caption lines up to the unit line; then every
 * non-blank line split on tabs, minus running page headers; notes are lines starting 注 or ^. The table
 * ends at a plain line (no tab) after a blank line that is no part label, page header or note.
 */
function cutTable(lines: SourceLine[]): RawTable {
  const number = TABLE_NUMBER.exec(lines[0]!.text.trim())![1]!;
  const table: RawTable = { number, line: lines[0]!.no, caption: [], unitOfMeasure: null, rows: [], notes: [] };
  let inHead = true;
  let afterBlank = false;
  for (const l of lines.slice(1)) {
    const text = l.text.trim();
    if (text === '') {
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (inHead && !l.text.includes('\t')) {
      const unit = UNIT_LINE.exec(text);
      if (unit && !PART_LABEL.test(text)) table.unitOfMeasure = unit[1]!;
      else if (PART_LABEL.test(text)) {
        inHead = false;
        table.rows.push({ cells: splitCells(l.text), line: l.no });
      } else table.caption.push(text);
      continue;
    }
    inHead = false;
    if (NOTE.test(text)) table.notes.push(l);
    else if (PAGE_HEADER.test(text)) continue;
    // A heading row loses its tabs (the source trims line ends), so only a plain line after a blank ends the table.
    else if (wasAfterBlank && !l.text.includes('\t') && !PART_LABEL.test(text)) break;
    else table.rows.push({ cells: splitCells(l.text), line: l.no });
  }
  return table;
}

function linesOf(text: string): SourceLine[] {
  const decoded = decodeSeed('input.txt', new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  return decoded.source.lines;
}

function parseExcerpt(text: string, file = 'input.txt') {
  const meta = fixtureMeta('budget-fascicle', SYMBOL, file);
  const raw = cutTable(linesOf(text).filter((_l, i, all) => i >= all.findIndex((x) => TABLE_NUMBER.test(x.text.trim()))));
  const tableId = `${meta.documentId}/table-${raw.number}`;
  // The grid places the as-printed record's rows under the column model, as the document parser does.
  const tableRows = tableRecord(raw, 'resources', meta).rows;
  return parseResourceTable(raw, {
    meta,
    unit: 'programme',
    tableId,
    url: `/documents/${meta.documentId}/#table-${raw.number}`,
    tableRows,
  });
}

fixtureTests('budget-resources', (input) => parseExcerpt(input));

describe('formatAmount', () => {
  test('prints as the source does', () => {
    expect(formatAmount(-69.5, 1)).toBe('(69.5)');
    expect(formatAmount(20693.94, 1)).toBe('20 693.9');
    expect(formatAmount(0, 1)).toBe('—');
    expect(formatAmount(125, 0)).toBe('125');
  });
});

describe('every Part B table of the 2022 fascicle', () => {
  const seedFile = '000_cd0c42d1527a0344.txt';
  const lines = linesOf(readFileSync(resolve(import.meta.dirname, '../../seeds', seedFile), 'utf8'));
  const partB = lines.findIndex((l) => /^B\.\s*\d{4}\s*年拟议所需员额资源和非员额资源$/.test(l.text.trim()));
  const annex = lines.findIndex((l, i) => i > partB && /^附件/.test(l.text.trim()));
  const starts = lines.map((l, i) => (i > partB && i < annex && TABLE_NUMBER.test(l.text.trim()) ? i : -1)).filter((i) => i >= 0);
  const results = starts.map((start, k) => {
    const end = Math.min(
      starts[k + 1] ?? annex,
      ...[lines.findIndex((l, i) => i > start && /^图\s/.test(l.text.trim()))].filter((i) => i > 0),
    );
    const meta = fixtureMeta('budget-fascicle', SYMBOL, seedFile);
    const raw = cutTable(lines.slice(start, end));
    return { raw, ...parseResourceTable(raw, { meta, unit: 'programme', tableId: `${meta.documentId}/table-${raw.number}`, url: '/' }) };
  });

  test('finds the 20 tables 16.30–16.49', () => {
    expect(results.map((r) => r.raw.number)).toEqual(Array.from({ length: 20 }, (_, i) => `16.${30 + i}`));
  });

  test('places every row without an error', () => {
    const errors = results.flatMap((r) => r.problems).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
    expect(results.every((r) => r.table !== null)).toBe(true);
  });

  test('reads parts, groups and kinds as printed', () => {
    const byNumber = new Map(results.map((r) => [r.raw.number, r.table!]));
    const t33 = byNumber.get('16.33')!;
    expect(t33.rows).toHaveLength(31);
    expect([...new Set(t33.rows.map((r) => r.part))]).toEqual(['(1) 经常预算', '(2) 预算外', null]);
    expect(t33.rows.filter((r) => r.kind === 'subtotal').map((r) => r.label)).toEqual(['小计, (C)', '小计, (1)', '小计, (C)', '小计, (2)']);
    expect(t33.rows.at(-1)).toMatchObject({
      kind: 'total',
      values: [294090.8, null, 342378.7, null, null, null, null, 10447.6, 3.1, null, 352826.4],
    });
    expect(byNumber.get('16.30')!.rows).toHaveLength(14);
    expect(
      byNumber
        .get('16.32')!
        .rows.filter((r) => r.kind === 'heading')
        .map((r) => r.label),
    ).toEqual(['专业及以上职类', '一般事务及有关职类']);
    expect(
      byNumber
        .get('16.34')!
        .rows.at(-1)!
        .values.filter((v) => v !== null),
    ).toEqual([644, 644]);
    expect(byNumber.get('16.31')!.rows[0]!.texts[1]).toMatch(/^1 个 USG、3 个 D-2、/);
  });

  test('reports where the printed heads disagree with the rows', () => {
    const warnings = results.flatMap((r) => r.problems.map((p) => `${r.raw.number} ${p.code}`));
    expect(warnings).toEqual([
      '16.30 resource-head-order', // 百分比 printed after the estimate
      '16.32 resource-head-unlabelled', // an empty head cell under 变动 over a column of dashes
      '16.33 resource-head-repeat', // head repeated after the page break without 百分比
      '16.36 resource-row-continued', // a description continued over a page break
      '16.37 resource-head-percent', // head without 百分比, rows with it
      '16.41 resource-head-changed', // the post rows' head adds 百分比
      '16.42 resource-head-percent',
      '16.43 resource-head-percent',
      '16.44 resource-head-percent',
      '16.45 resource-head-order',
      '16.48 resource-head-order',
    ]);
  });

  test('reconciles every printed total: Part B of the 2022 fascicle adds up', () => {
    const checks = results.reduce((s, r) => s + r.checks, 0);
    const found = results
      .flatMap((r) => r.discrepancies)
      .map((d) => `${d.line} ${d.description}: printed ${d.printed}, computed ${d.computed}`);
    console.log(`${checks} checks; discrepancies: ${found.join('\n') || '(none)'}`);
    expect(checks).toBe(601);
    expect(found).toEqual([]);
  });

  test('the component and subprogramme tables agree with the overview tables', () => {
    const { discrepancies, checks } = reconcileAcrossTables(
      results.map((r) => r.table!),
      fixtureMeta('budget-fascicle', SYMBOL, seedFile),
    );
    console.log(
      `${checks} checks across tables; discrepancies: ${discrepancies.map((d) => `${d.line} ${d.description}: ${d.printed} vs ${d.computed}`).join('\n') || '(none)'}`,
    );
    expect(discrepancies).toEqual([]);
    expect(checks).toBeGreaterThan(0);
  });
});
