/** Parser of the genre "proposed programme budget fascicle" (A/NN/6 (Sect. N)): composes the reading modules. */
import type { Parser } from '../types.ts';
import { emptyRecords } from '../records.ts';
import { ProblemLog } from '../../lib/problems.ts';
import { permalinks } from '../../../core/permalinks.ts';
import { readTitlePage } from './lines.ts';
import { readContents } from './headings.ts';
import { walk } from './walker.ts';
import type { ComposeContext } from './compose/context.ts';
import { indexFootnotes } from './compose/footnotes.ts';
import { composeParagraphs, composeResults, composeSubprogrammes } from './compose/units.ts';
import { composeTables } from './compose/tables.ts';
import { composeFigures, composeMandates } from './compose/figures-mandates.ts';
import { checkCompleteness, coverageLines } from './compose/coverage.ts';
import { composeOversight } from './compose/oversight.ts';

/** Title page and contents first, then one walk in reading order, then the passes that turn its findings into records. */
export const parseBudgetFascicle: Parser = ({ source, meta }) => {
  const log = new ProblemLog(source.file);
  const lines = source.lines;
  const page = readTitlePage(lines);
  if (page.section === null)
    log.warning(1, 'no-section', 'title page has no "第 N 款" line; expected the section number and title of the fascicle');
  const { contents, lines: contentsLines } = readContents(lines);
  if (contents.parts.length === 0)
    log.warning(1, 'no-contents', 'no table of contents (目录) with part entries found; part headings are recognised by their form only');
  const notes = indexFootnotes(lines);
  const w = walk(lines, page, contents, contentsLines, meta, log);
  const c: ComposeContext = { lines, page, contents, meta, log, walk: w, notes, records: emptyRecords() };
  c.records.discrepancies.push(...w.discrepancies);
  composeParagraphs(c);
  composeSubprogrammes(c);
  composeResults(c);
  const tally = composeTables(c);
  composeFigures(c);
  composeMandates(c);
  composeOversight(c);
  checkCompleteness(c);
  c.records.documents.push({
    id: meta.documentId,
    symbol: meta.symbol,
    symbols: meta.symbols,
    symbolSource: meta.symbolSource,
    symbolNote: meta.symbolNote,
    symbolNoteZh: meta.symbolNoteZh,
    kind: 'budget-fascicle',
    title: page.title ?? '',
    titleEn: meta.titleEn,
    session: meta.session,
    sessionZh: meta.sessionZh,
    year: meta.year,
    language: 'zh',
    sourceFile: meta.file,
    sha256: meta.sha256,
    lineCount: Math.max(1, lines.length),
    blocks: w.blocks,
    url: permalinks.document(meta.documentId),
  });
  return { records: c.records, coverage: coverageLines(c, tally), problems: log.problems };
};
