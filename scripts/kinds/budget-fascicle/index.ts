/** Parser of the genre "proposed programme budget fascicle" (A/NN/6 (Sect. N)): composes the reading modules. */
import type { Parser, CoverageLine } from '../types.ts';
import { emptyRecords } from '../records.ts';
import { ProblemLog } from '../../lib/problems.ts';
import { parseFootnoteLine } from '../../../core/text.ts';
import { permalinks } from '../../../core/permalinks.ts';
import { readTitlePage, isBlank, cleanText } from './lines.ts';
import { readContents } from './headings.ts';
import { walk } from './walker.ts';
import { splitHead, tableRecord, type TableRole } from './tables.ts';
import { parseDeliverables } from './deliverables.ts';
import { measureFromFigure, measureFromTable } from './measures.ts';
import { checkFigureNumbering, citingSentences } from './figures.ts';
import { parseResourceTable } from './resources.ts';
import { reconcileAcrossTables } from './resources-cross.ts';
import { parseMandateList } from './mandates.ts';
import { checkCarriedFrom } from './carried-from.ts';

/** Budget symbols a result footnote names (`A/74/6 (Sect. 16)`, `A/75/6 (Sect. 16)/Corr.1`). */
const BUDGET_SYMBOL = /[A-Z]\/\d+\/\d+(?:\/Add\.\d+)?(?:\s*\(Sect\.\s*\d+(?:\/Corr\.\d+)?\))?(?:\/Corr\.\d+)?/g;

export const parseBudgetFascicle: Parser = ({ source, meta }) => {
  const log = new ProblemLog(source.file);
  const records = emptyRecords();
  const lines = source.lines;
  const page = readTitlePage(lines);
  if (page.section === null) log.warning(1, 'no-section', 'title page has no "第 N 款" line; expected the section number and title of the fascicle');
  const { contents, lines: contentsLines } = readContents(lines);
  if (contents.parts.length === 0) log.warning(1, 'no-contents', 'no table of contents (目录) with part entries found; part headings are recognised by their form only');

  const footnoteText = new Map<string, string>();
  const footnoteLine = new Map<string, number>();
  for (const l of lines) {
    if (/\t/.test(l.text)) continue;
    const fn = parseFootnoteLine(l.text);
    if (fn && !footnoteText.has(fn.mark)) { footnoteText.set(fn.mark, cleanText(fn.text)); footnoteLine.set(fn.mark, l.no); }
  }

  const w = walk(lines, page, contents, contentsLines, meta, log);
  records.discrepancies.push(...w.discrepancies);

  // Paragraphs: footnotes whose marks stand in them.
  for (const d of w.paragraphs) {
    d.record.footnotes = d.marks.map((mark) => {
      const text = footnoteText.get(mark);
      if (text === undefined) log.warning(d.record.lines[0], 'footnote-missing', `paragraph ${d.record.number} carries footnote mark ${mark}, but no footnote line with that mark was found`);
      return { mark, text: text ?? '' };
    });
    records.paragraphs.push(d.record);
  }
  records.subprogrammes.push(...w.subprogrammes);
  const byNumber = new Map(records.paragraphs.map((p) => [p.number, p]));
  for (const s of w.subprogrammes) {
    if (s.objectiveParagraph) s.objective = byNumber.get(s.objectiveParagraph)?.text ?? s.objective;
    if (!s.title) log.warning(s.line, 'subprogramme-untitled', `subprogramme ${s.key} has no title in the programme of work or in Part B`);
    if (!s.component && s.components.length === 0 && s.objectiveParagraph === null) log.warning(s.line, 'no-objective', `subprogramme ${s.key} has no 目标 paragraph`);
  }

  // Results: where they were first proposed, from the footnote on their title.
  for (const r of w.results) {
    const mark = r.marks[0];
    if (mark !== undefined) {
      const text = footnoteText.get(mark);
      if (text === undefined) log.warning(r.record.line, 'footnote-missing', `result "${r.record.title}" carries footnote mark ${mark}, but no footnote line with that mark was found`);
      else {
        r.record.carriedFrom = { symbols: [...text.matchAll(BUDGET_SYMBOL)].map((m) => m[0]), text };
        records.discrepancies.push(...checkCarriedFrom(text, footnoteLine.get(mark) ?? r.record.line, meta));
      }
    }
    records.results.push(r.record);
  }

  // Tables: the as-printed record for all, typed readings by role.
  // The UN's five deliverable categories (fixed across fascicles); tables seen earlier may add their own spelling.
  const categories = new Map<string, string>([
    ['协助政府间进程和专家机构', 'A'], ['生成和转让知识', 'B'], ['实质性应交付产出', 'C'], ['信息传播方面的应交付产出', 'D'], ['辅助性应交付产出', 'E'],
  ]);
  let tableRows = 0;
  let tableRowsPlaced = 0;
  let deliverableRows = { found: 0, placed: 0 };
  let resourceChecks = { checked: 0, mismatched: 0 };
  for (const t of w.tables) {
    const caption = t.cut.raw.caption.join(' ');
    const role: TableRole = t.part === 'resources' ? 'resources' : /业绩计量|业绩衡量/.test(caption) ? 'performance-measure' : /应交付产出/.test(caption) ? 'deliverables' : 'other';
    const table = tableRecord(t.cut.raw, role, meta);
    if (records.tables.some((x) => x.id === table.id)) log.error(table.line, 'duplicate-table', `table ${table.number} appears twice; expected each number once`);
    records.tables.push(table);
    tableRows += t.cut.raw.rows.length;
    const split = splitHead(t.cut.raw);
    tableRowsPlaced += split.head.length + split.body.length + split.repeated.length;
    if (t.cut.raw.rows.length === 0) log.error(table.line, 'empty-table', `table ${table.number} has no rows; expected tab-separated rows under its caption`);
    if (role === 'performance-measure') {
      if (t.result) {
        const m = measureFromTable(table, t.result.record.id, meta, log);
        records.performanceMeasures.push(m);
        t.result.record.measures.push(m.id);
      } else log.warning(table.line, 'measure-without-result', `performance-measure table ${table.number} stands under no result`);
    } else if (role === 'deliverables') {
      if (t.unitRecord) t.unitRecord.deliverablesTable = table.id;
      const d = parseDeliverables(t.cut.raw, { meta, unit: t.unit, tableId: table.id, categories, log, truncated: t.cut.truncated });
      records.deliverables.push(...d.deliverables);
      records.discrepancies.push(...d.discrepancies);
      deliverableRows = { found: deliverableRows.found + d.found, placed: deliverableRows.placed + d.placed };
    } else if (role === 'resources') {
      if (t.unitRecord && t.unit !== 'programme') t.unitRecord.resourceTables.push(table.id);
      const r = parseResourceTable(t.cut.raw, { meta, unit: t.unit, tableId: table.id, url: table.url });
      if (r.table) records.resourceTables.push(r.table);
      records.discrepancies.push(...r.discrepancies);
      resourceChecks = { checked: resourceChecks.checked + r.checks, mismatched: resourceChecks.mismatched + r.discrepancies.length };
      log.problems.push(...r.problems);
    }
  }

  // Resource tables must agree with each other too (a subprogramme's table with its row in the overview tables).
  const cross = reconcileAcrossTables(records.resourceTables, meta);
  records.discrepancies.push(...cross.discrepancies);
  resourceChecks = { checked: resourceChecks.checked + cross.checks, mismatched: resourceChecks.mismatched + cross.discrepancies.length };
  const deliverableTotals = records.deliverables.filter((d) => d.kind === 'subcategory').length;
  const deliverableMismatches = records.discrepancies.filter((d) => d.kind === 'total' && records.deliverables.some((x) => x.table === d.table)).length;

  // Figures: numbering, citing sentences (by printed or, when misnumbered, expected number), measures.
  records.discrepancies.push(...checkFigureNumbering(w.figures.map((f) => f.cut), meta, page.section === null));
  for (const f of w.figures) {
    f.cut.figure.statedInText = citingSentences(f.cut.figure, [f.cut.value, f.cut.expected ?? null], records.paragraphs);
    records.figures.push(f.cut.figure);
    if (f.result) {
      const m = measureFromFigure(f.cut.figure, f.result.record.id);
      records.performanceMeasures.push(m);
      f.result.record.measures.push(m.id);
    }
  }

  // Mandates: each list read by its own parser.
  for (const s of w.mandateSections) {
    const r = parseMandateList(s.lines, { meta, list: s.list, startLine: s.startLine });
    records.mandates.push(...r.mandates);
    log.problems.push(...r.problems);
  }

  // Every part and annex the contents list must be in the text: a missing one means a truncated document.
  const partHeadings = new Set(w.headings.filter((h) => h.kind === 'part').map((h) => h.text.replace(/\s+/g, '')));
  for (const p of contents.parts) {
    if (!partHeadings.has(p.replace(/\s+/g, ''))) log.error(lines[lines.length - 1]?.no ?? 0, 'missing-part', `the contents list part "${p}", but the text has no such heading; the document may be truncated`);
  }
  const annexes = w.headings.filter((h) => h.kind === 'annex').length;
  if (annexes < contents.annexTitles.length) log.error(lines[lines.length - 1]?.no ?? 0, 'missing-annex', `the contents list ${contents.annexTitles.length} annex(es), the text has ${annexes}; the document may be truncated`);

  // Nothing silently dropped.
  const nonBlank = lines.filter((l) => !isBlank(l.text));
  for (const l of nonBlank) if (!w.placed.has(l.no)) log.error(l.no, 'unplaced-line', `line not placed: "${l.text.trim().slice(0, 40)}"`);

  records.documents.push({
    id: meta.documentId, symbol: meta.symbol, symbols: meta.symbols, symbolSource: meta.symbolSource, symbolNote: meta.symbolNote,
    kind: 'budget-fascicle', title: page.title ?? '', titleEn: meta.titleEn, session: meta.session, year: meta.year, language: 'zh',
    sourceFile: meta.file, sha256: meta.sha256, lineCount: Math.max(1, lines.length), blocks: w.blocks, url: permalinks.document(meta.documentId),
  });

  const paragraphFound = w.paragraphLines;
  const coverage: CoverageLine[] = [
    { what: 'lines', found: nonBlank.length, placed: nonBlank.filter((l) => w.placed.has(l.no)).length },
    { what: 'numbered paragraphs', found: paragraphFound, placed: records.paragraphs.length },
    { what: 'tables', found: w.tables.length, placed: records.tables.length },
    { what: 'table rows', found: tableRows, placed: tableRowsPlaced },
    { what: 'deliverable rows', found: deliverableRows.found, placed: deliverableRows.placed },
    { what: 'figures', found: w.figures.length, placed: records.figures.length },
    { what: 'mandate sections', found: w.mandateSections.length, placed: w.mandateSections.length },
    { what: 'resource totals reconciled', found: resourceChecks.checked, placed: resourceChecks.checked - resourceChecks.mismatched, reconciliation: true },
    { what: 'deliverable subtotals reconciled', found: deliverableTotals, placed: deliverableTotals - deliverableMismatches, reconciliation: true },
  ];
  return { records, coverage, problems: log.problems };
};
