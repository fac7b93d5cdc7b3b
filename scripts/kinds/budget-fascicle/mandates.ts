/**
 * The legislative mandate lists (立法授权) of a budget fascicle: body subheadings, then rows of
 * resolution numbers and titles, often two entries per line (`46/152<TAB>title<TAB>72/1<TAB>title`),
 * or instruments (conventions, declarations) one per line.
 */
import type { Mandate } from '../../../core/schemas/mandate.ts';
import type { Problem } from '../../../core/schemas/problem.ts';
import type { SourceLine } from '../../lib/source.ts';
import type { DocumentMeta } from '../types.ts';
import { ProblemLog } from '../../lib/problems.ts';
import { parseFootnoteLine, stripMarkup } from '../../../core/text.ts';
import { bodyFromName, resolutionId } from '../../../core/references.ts';
import { SUPERSCRIPT } from './mandate-numbers.ts';
import { MandateRows, type Entry, type Section } from './mandate-rows.ts';

export interface MandateListContext {
  meta: DocumentMeta;
  /** `programme` or a unit key (`1`, `9.1`). */
  list: string;
  /** First line of the section, for problems about the section as a whole. */
  startLine: number;
}

/** A footnote line met inside the list, with the entries whose number or title carries its mark. */
export interface MandateFootnote {
  mark: string;
  text: string;
  line: number;
  /** Ids of the mandates that carry the mark. */
  mandates: string[];
}

export interface MandateListOutput {
  mandates: Mandate[];
  problems: Problem[];
  /** Footnote lines standing between the rows: the caller places them with the document's footnotes. */
  footnotes: MandateFootnote[];
  /** Title text with no number to attach to (reported as warnings): the caller shows it as text. */
  fragments: { line: number; text: string }[];
}

/** Headings: `<body>[的](决议|决定|决议和决定)`, a conference's name alone, `公约`, `<body>的声明和宣言`. */
function classifyHeading(text: string): Section | null {
  const t = stripMarkup(text).replace(/\s+/g, '');
  if (t === '' || /\d/.test(t) || t.length > 40) return null;
  if (/^(?:国际)?(?:公约|条约)(?:和议定书)?$|^(?:其他)?(?:国际)?(?:法律)?文书$/.test(t)) {
    return { heading: stripMarkup(text), body: null, kind: 'instrument' };
  }
  const suffix = /的?(决议和决定|决议及决定|决议与决定|决议|决定|声明和宣言|宣言和声明|声明|宣言)$/.exec(t);
  const name = suffix ? t.slice(0, suffix.index) : t;
  const body = bodyFromName(name);
  if (!body) return null;
  const word = suffix?.[1] ?? '决议';
  const kind: Mandate['kind'] = /声明|宣言/.test(word) ? 'instrument' : word === '决定' ? 'decision' : 'resolution';
  return { heading: stripMarkup(text), body, kind };
}

/** Running page headers of a fascicle (`第 16 款 …`, `第四编 …`): conversion artefacts, skipped. */
const isPageHeader = (t: string) => /^第\s*\d+\s*款\s+\S/.test(t) || /^第[一二三四五六七八九十]+编\s+\S/.test(t);
/** Markdown table borders left by the conversion (`------\t----`). */
const isBorder = (t: string) => /^[\s|:-]*-{2,}[\s|:-]*$/.test(t);

/** Parses one 立法授权 list: every line becomes mandates, a heading, a footnote, or a problem. */
export function parseMandateList(lines: SourceLine[], ctx: MandateListContext): MandateListOutput {
  const log = new ProblemLog(ctx.meta.file);
  const rows = new MandateRows(log);
  const footnotes: Omit<MandateFootnote, 'mandates'>[] = [];
  for (const { no, text } of lines) readLine(rows, footnotes, log, text.replace(/\s+$/, ''), no);
  const { mandates, marksOf } = toMandates(rows.entries, ctx);
  if (mandates.length === 0) log.warning(ctx.startLine, 'mandate-empty-list', `mandate list ${ctx.list} has no entries`);
  return {
    mandates,
    problems: log.problems,
    footnotes: footnotes.map((f) => ({ ...f, mandates: mandates.filter((m) => marksOf.get(m.id)!.includes(f.mark)).map((m) => m.id) })),
    fragments: rows.fragments,
  };
}

const UNKNOWN_HEADING =
  'looks like a heading of resolutions but names no known body; expected a body of the glossary (大会, 安全理事会, 经济及社会理事会, …)';

/** One line of the list: furniture, a footnote, a heading, instruments or a row of numbers and titles. */
function readLine(rows: MandateRows, footnotes: Omit<MandateFootnote, 'mandates'>[], log: ProblemLog, t: string, no: number): void {
  const tabbed = t.includes('\t');
  const plain = stripMarkup(t.replace(/\t/g, ' '));
  if (plain === '' || isBorder(plain) || isPageHeader(plain)) return;
  const note = !tabbed && SUPERSCRIPT.test(plain) ? parseFootnoteLine(plain) : null;
  if (note) {
    footnotes.push({ ...note, line: no });
    return;
  }
  const heading = tabbed ? null : classifyHeading(plain);
  if (heading) {
    rows.section = heading;
    rows.open = new Map();
    return;
  }
  const section = rows.section;
  if (!section) {
    log.error(
      no,
      'mandate-before-heading',
      `"${plain}" stands before any known heading; expected a body heading (大会决议, 公约, …) first`,
    );
    return;
  }
  if (!tabbed && !/\d/.test(plain) && !/[《》]/.test(plain) && /(?:决议|决定|会议)$/.test(plain)) {
    // Under a resolution heading, the rows below belong to a body we do not know: each is reported, none is guessed.
    if (section.kind !== 'instrument') rows.section = null;
    log.error(no, 'mandate-unknown-heading', `"${plain}" ${UNKNOWN_HEADING}`);
    return;
  }
  if (section.kind === 'instrument') rows.readInstruments(plain, no);
  else if (!rows.readRow(t, no)) {
    log.error(
      no,
      'mandate-unplaced-line',
      `"${plain}" under "${section.heading}" is not a mandate row; expected a resolution number and its title, a body heading, a footnote or a table border`,
    );
  }
}

/** Entries in reading order become mandates: one per number of a group, one per instrument. */
function toMandates(entries: Entry[], ctx: MandateListContext): { mandates: Mandate[]; marksOf: Map<string, string[]> } {
  const mandates: Mandate[] = [];
  const marksOf = new Map<string, string[]>();
  const base = `${ctx.meta.documentId}/mandates/${ctx.list}`;
  const push = (m: Omit<Mandate, 'id' | 'document' | 'documentId' | 'list'>, marks: string[]) => {
    const id = `${base}/${mandates.length + 1}`;
    mandates.push({ id, document: ctx.meta.symbol, documentId: ctx.meta.documentId, list: ctx.list, ...m });
    marksOf.set(id, marks);
  };
  for (const e of entries) {
    if (e.type === 'instrument') {
      const ins = e.instrument;
      push(
        {
          heading: ins.section.heading,
          body: null,
          kind: 'instrument',
          number: null,
          title: ins.title,
          titleRepair: null,
          resolution: null,
          line: ins.line,
        },
        ins.marks,
      );
      continue;
    }
    const g = e.group;
    for (const item of g.items) {
      const kind = item.kind ?? (g.section.kind === 'decision' ? 'decision' : 'resolution');
      const body = g.section.body!;
      push(
        {
          heading: g.section.heading,
          body,
          kind,
          number: item.number,
          title: g.title,
          titleRepair: null,
          resolution: resolutionId(body, kind, item.number),
          line: item.line,
        },
        [...item.marks, ...g.marks],
      );
    }
  }
  return { mandates, marksOf };
}
