/**
 * One pass over the fascicle in reading order: headings, paragraphs, units, results, tables, figures and
 * mandate sections, each line placed exactly once. Typed readings of tables happen in their own modules.
 */
import type { SourceLine } from '../../lib/source.ts';
import { joinBroken, parseFootnoteLine } from '../../../core/text.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { ProblemLog } from '../../lib/problems.ts';
import type { Block } from '../../../core/schemas/block.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { Result } from '../../../core/schemas/result.ts';
import type { Subprogramme } from '../../../core/schemas/subprogramme.ts';
import type { DocumentMeta } from '../types.ts';
import {
  cleanText, cleanWithMarks, dropListDash, endsSentence, isBlank, isPageHeader, isRuleLine, isSubItem,
  parseNoteLine, parseParagraphStart, type TitlePage,
} from './lines.ts';
import { classifyHeading, isAnnexTitle, type Contents, type Heading, type ResultSection, type UnitSection } from './headings.ts';
import { cutTable, FIGURE_START, TABLE_START, type CutTable } from './tables.ts';
import { cutFigure, type CutFigure } from './figures.ts';

export interface UnitState {
  key: string;
  record: Subprogramme;
  level: number;
  anchor: string;
  section: UnitSection | null;
  emerging: ResultState | null;
  result: ResultState | null;
}

export interface ResultState {
  record: Result;
  section: ResultSection | null;
  /** Footnote marks on the title line. */
  marks: string[];
}

/** A paragraph being read, with the marks found in its lines. */
export interface ParagraphDraft {
  record: Paragraph;
  marks: string[];
}

/** A table cut from the text with what the composer needs to read it. */
export interface TableCut {
  cut: CutTable;
  part: 'plan' | 'resources' | 'other';
  /** Unit key the table belongs to (`programme` outside units). */
  unit: string;
  /** Result whose measure the table is, if it stands under one. */
  result: ResultState | null;
  /** Unit record for deliverables or resource linking. */
  unitRecord: Subprogramme | null;
}

export interface FigureCut {
  cut: CutFigure;
  result: ResultState | null;
}

export interface MandateSection {
  list: string;
  lines: SourceLine[];
  startLine: number;
}

export interface WalkOutput {
  blocks: Block[];
  paragraphs: ParagraphDraft[];
  subprogrammes: Subprogramme[];
  results: ResultState[];
  tables: TableCut[];
  figures: FigureCut[];
  mandateSections: MandateSection[];
  discrepancies: Discrepancy[];
  placed: Set<number>;
  /** Paragraph-number lines seen (including misnumbered ones accepted by sequence). */
  paragraphLines: number;
  headings: Heading[];
}

export function walk(lines: SourceLine[], page: TitlePage, contents: Contents, contentsLines: number[], meta: DocumentMeta, log: ProblemLog): WalkOutput {
  const doc = meta.documentId;
  const out: WalkOutput = {
    blocks: [], paragraphs: [], subprogrammes: [], results: [], tables: [], figures: [], mandateSections: [],
    discrepancies: [], placed: new Set(contentsLines), paragraphLines: 0, headings: [],
  };
  const place = (no: number) => out.placed.add(no);
  const stack: { level: number; text: string }[] = [];
  let region = 'front' as 'front' | 'body' | 'annex';
  let part = 'other' as 'plan' | 'resources' | 'other';
  let containerSeen = false;
  let unit = null as UnitState | null;
  let open = null as ParagraphDraft | null;
  let openLast = '';
  let pendingMandates = null as string | null;
  let pendingAnnexTitle = false;
  let sawForeword = false;
  // Without a title page (an excerpt) the first paragraph sets the section number and the sequence.
  let section = page.section;
  let expectedMinor = section === null ? null as number | null : 1;
  const units = new Map<string, Subprogramme>();
  const usedAnchors = new Set<string>();

  const pushHeading = (level: number, text: string, line: number, anchor: string) => {
    const lv = Math.max(1, Math.min(6, level));
    while (stack.length && stack[stack.length - 1]!.level >= lv) stack.pop();
    stack.push({ level: lv, text });
    const a = usedAnchors.has(anchor) ? `h-${line}` : anchor;
    usedAnchors.add(a);
    out.blocks.push({ type: 'heading', level: lv, text, anchor: a, line });
  };
  const close = () => { open = null; openLast = ''; };
  const textBlock = (text: string, line: number) => { if (text !== '') out.blocks.push({ type: 'text', text, line }); };
  const base = () => (unit ? unit.level : containerSeen ? 2 : 1);
  const currentResult = (): ResultState | null => unit?.result ?? (unit?.section === 'performance' ? unit.emerging : null);

  const newUnitRecord = (key: string, number: string, component: string | null, title: string | null, line: number): Subprogramme => ({
    id: `${doc}/${key}`, document: meta.symbol, documentId: doc, key, number, component, title: title ?? '',
    components: [], objective: null, objectiveParagraph: null, strategyParagraphs: [], covidParagraphs: [], results: [],
    deliverablesTable: null, resourceTables: [], line, url: permalinks.subprogramme(doc, key),
  });

  const newResult = (number: number | null, title: string, line: number, marks: string[]): ResultState | null => {
    if (!unit) {
      log.error(line, 'result-outside-unit', `result "${title}" stands outside any subprogramme or component; expected it under 次级方案 N`);
      return null;
    }
    const [sub, comp] = unit.key.split('.') as [string, string | undefined];
    const record: Result = {
      id: `${doc}/${unit.key}/${number === null ? 'emerging' : `result-${number}`}`,
      document: meta.symbol, documentId: doc, unit: unit.key, subprogramme: sub, component: comp ?? null, number, title,
      carriedFrom: null, performance: [], lessons: [], plan: [], progress: [], measures: [], line,
      url: permalinks.result(doc, unit.key, number),
    };
    if (unit.record.results.includes(record.id)) log.error(line, 'duplicate-result', `result id ${record.id} appears twice; expected one heading per result`);
    unit.record.results.push(record.id);
    const state: ResultState = { record, section: number === null ? 'performance' : null, marks };
    out.results.push(state);
    return state;
  };

  /** Title of a bare `次级方案 N` heading: the next non-blank line, unless it is itself structure. */
  const lookaheadTitle = (i: number): { index: number; text: string } | null => {
    for (let j = i + 1; j < lines.length && j < i + 6; j++) {
      const l = lines[j]!;
      if (isBlank(l.text) || isPageHeader(l.text, page)) continue;
      const t = cleanText(l.text);
      if (/\t/.test(l.text) || classifyHeading(t, contents) || parseParagraphStart(t) || TABLE_START.test(t) || FIGURE_START.test(t)) return null;
      return { index: j, text: t.replace(/\*+$/, '').trim() };
    }
    return null;
  };

  const handleHeading = (h: Heading, line: number, i: number, marks: string[] = []): number => {
    close();
    out.headings.push(h);
    switch (h.kind) {
      case 'part': {
        region = 'body';
        part = /资源/.test(h.text) ? 'resources' : /方案计划/.test(h.text) ? 'plan' : 'other';
        unit = null;
        containerSeen = false;
        const letter = /^([A-Z])\./.exec(h.text)?.[1]?.toLowerCase() ?? String(line);
        pushHeading(1, h.text, line, `part-${letter}`);
        return i;
      }
      case 'annex':
        region = 'annex';
        unit = null;
        pendingAnnexTitle = true;
        pushHeading(1, h.text, line, `annex-${line}`);
        return i;
      case 'container':
        unit = null;
        containerSeen = true;
        pushHeading(2, h.text, line, `h-${line}`);
        return i;
      case 'subprogramme': {
        let title = h.title;
        let end = i;
        if (!title) {
          const next = lookaheadTitle(i);
          if (next) { title = next.text; end = next.index; place(lines[end]!.no); }
        }
        const existing = units.get(h.number);
        if (part === 'resources') {
          if (!existing) log.warning(line, 'resources-unknown-subprogramme', `Part B names subprogramme ${h.number}, which the programme of work does not have`);
          if (existing && !existing.title && title) existing.title = title;
          const record = existing ?? newUnitRecord(h.number, h.number, null, title, line);
          unit = { key: h.number, record, level: 3, anchor: `resources-subprogramme-${h.number}`, section: null, emerging: null, result: null };
        } else {
          const record = existing ?? newUnitRecord(h.number, h.number, null, title, line);
          if (!existing) { units.set(h.number, record); out.subprogrammes.push(record); }
          else if (!existing.title && title) existing.title = title;
          unit = { key: h.number, record, level: 3, anchor: `subprogramme-${h.number}`, section: null, emerging: null, result: null };
        }
        pushHeading(3, title ? `次级方案 ${h.number} ${title}` : h.text, line, unit.anchor);
        return end;
      }
      case 'component': {
        const parent = unit && !unit.key.includes('.') ? unit.record : null;
        const subNumber = parent?.number ?? unit?.record.number.split('.')[0];
        if (!subNumber) {
          log.error(line, 'component-outside-subprogramme', `component ${h.number} stands outside any subprogramme; expected it under 次级方案 N`);
          pushHeading(4, h.text, line, `h-${line}`);
          return i;
        }
        const key = `${subNumber}.${h.number}`;
        const owner = units.get(subNumber)!;
        if (units.has(key)) log.error(line, 'duplicate-component', `component ${key} appears twice`);
        const record = newUnitRecord(key, subNumber, h.number, h.title, line);
        units.set(key, record);
        out.subprogrammes.push(record);
        owner.components.push(key);
        unit = { key, record, level: 4, anchor: `subprogramme-${subNumber}-component-${h.number}`, section: null, emerging: null, result: null };
        pushHeading(4, h.text, line, unit.anchor);
        return i;
      }
      case 'section': {
        if (h.section === 'performance' && unit?.result) {
          unit.result.section = 'performance';
          pushHeading(base() + 3, h.text, line, `h-${line}`);
          return i;
        }
        const level = !unit && h.section === 'covid' ? base() + 2 : base() + 1;
        if (unit) { unit.section = h.section; unit.result = null; }
        if (h.section === 'mandates') pendingMandates = unit?.key ?? 'programme';
        pushHeading(level, h.text, line, `h-${line}`);
        return i;
      }
      case 'change-factor':
        pushHeading(base() + 2, h.text, line, `h-${line}`);
        return i;
      case 'result': {
        const state = newResult(h.number, h.title, line, marks);
        if (unit && state) { unit.result = state; if (unit.section !== 'planned-results') log.warning(line, 'result-outside-planned', `result ${h.number} stands outside a "计划成果" section`); }
        pushHeading(base() + 2, h.text, line, unit ? `${unit.anchor}-result-${h.number}` : `h-${line}`);
        return i;
      }
      case 'result-section': {
        const r = unit?.result ?? (unit?.section === 'performance' ? unit.emerging : null);
        if (r) r.section = h.section;
        else log.warning(line, 'result-section-outside-result', `"${h.text}" stands outside any result`);
        pushHeading(base() + 3, h.text, line, `h-${line}-${h.section}`);
        return i;
      }
    }
  };

  /** Lines of a 立法授权 section after its intro paragraph, up to the next 应交付产出 (or any higher heading). */
  const takeMandates = (from: number, list: string): number => {
    const section: MandateSection = { list, lines: [], startLine: lines[from]?.no ?? 0 };
    let j = from;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      const h = classifyHeading(cleanText(l.text), contents);
      if (h && (h[0]!.kind === 'section' ? (h[0] as { section: UnitSection }).section === 'deliverables' : ['part', 'annex', 'container', 'subprogramme', 'component'].includes(h[0]!.kind))) break;
      if (isPageHeader(l.text, page) || isRuleLine(l.text)) { place(l.no); continue; }
      section.lines.push(l);
      if (isBlank(l.text)) continue;
      place(l.no);
      const fn = /\t/.test(l.text) ? null : parseFootnoteLine(l.text);
      if (fn) out.blocks.push({ type: 'footnote', mark: fn.mark, text: fn.text, line: l.no });
      else textBlock(cleanText(l.text), l.no);
    }
    if (j >= lines.length) log.warning(lines[lines.length - 1]?.no ?? 0, 'mandates-unterminated', `legislative mandates of list ${list} run to the end of the text; expected a "应交付产出" heading after them`);
    out.mandateSections.push(section);
    return j - 1;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (out.placed.has(l.no) && region === 'front') { textBlock(cleanText(l.text.split('\t').filter((c) => c.trim() !== '').join(' ')), l.no); continue; }
    if (isBlank(l.text)) continue;
    if (isPageHeader(l.text, page) || isRuleLine(l.text)) { place(l.no); continue; }
    const tabbed = /\t/.test(l.text);
    const fn = tabbed ? null : parseFootnoteLine(l.text);
    if (fn) { place(l.no); out.blocks.push({ type: 'footnote', mark: fn.mark, text: cleanText(fn.text), line: l.no }); continue; }
    const note = parseNoteLine(l.text);
    if (note && region !== 'front') { place(l.no); out.blocks.push({ type: 'footnote', mark: note.mark, text: cleanText(note.text), line: l.no }); continue; }

    const { text: t, marks } = cleanWithMarks(l.text);
    const headings = tabbed ? null : classifyHeading(t, contents);

    // An excerpt without title page starts straight with structure: the body begins there.
    const structural = headings?.some((h) => ['container', 'subprogramme', 'component', 'section', 'result'].includes(h.kind))
      || (!tabbed && parseParagraphStart(l.text) !== null && section === null) || (!tabbed && (TABLE_START.test(t) || FIGURE_START.test(t)));
    if (region === 'front' && structural && !sawForeword) {
      region = 'body';
      part = 'plan';
      log.warning(l.no, 'no-part-heading', `text starts without title page and part heading; read as the programme plan (part A) from here`);
    }
    if (region === 'front') {
      place(l.no);
      if (headings?.[0]?.kind === 'part') { i = handleHeading(headings[0], l.no, i); continue; }
      if (t === '目录' || t === '前言') { sawForeword ||= t === '前言'; pushHeading(1, t, l.no, t === '目录' ? 'contents' : 'foreword'); continue; }
      textBlock(cleanText(l.text), l.no);
      continue;
    }
    if (region === 'annex') {
      place(l.no);
      if (headings?.[0]?.kind === 'annex') { i = handleHeading(headings[0], l.no, i); continue; }
      if (headings?.[0]?.kind === 'part') { i = handleHeading(headings[0], l.no, i); continue; }
      if (pendingAnnexTitle && isAnnexTitle(t, contents)) { pendingAnnexTitle = false; pushHeading(2, t, l.no, `h-${l.no}`); continue; }
      pendingAnnexTitle = false;
      textBlock(cleanText(l.text.split('\t').filter((c) => c.trim() !== '').join(' ')), l.no);
      continue;
    }

    // Body: tables and figures first, they carry their own captions.
    if (!tabbed && TABLE_START.test(t)) {
      close();
      const cut = cutTable(lines, i, page, contents);
      cut.placed.forEach(place);
      const res = currentResult();
      out.tables.push({ cut, part, unit: unit?.key ?? 'programme', result: res, unitRecord: unit?.record ?? null });
      out.blocks.push({ type: 'table', table: `${doc}/table-${cut.raw.number}` });
      for (const f of cut.footnotes) out.blocks.push({ type: 'footnote', mark: f.mark, text: cleanText(f.text), line: f.line });
      if (cut.truncated) log.error(l.no, 'table-truncated', `table ${cut.raw.number} runs to the end of the text; expected rows to end before a heading, paragraph or annex`);
      i = cut.end;
      continue;
    }
    if (!tabbed && FIGURE_START.test(t)) {
      close();
      const res = currentResult();
      const cut = cutFigure(lines, i, page, contents, meta, res?.record.id ?? null);
      cut.placed.forEach(place);
      out.figures.push({ cut, result: res });
      out.blocks.push({ type: 'figure', figure: cut.figure.id });
      i = cut.end;
      continue;
    }

    const p = tabbed ? null : parseParagraphStart(l.text);
    const accepted = p && (section === null || p.major === section || p.minor === expectedMinor) ? p : null;

    // A line continuing an unfinished sentence of the open paragraph (page break, footnotes or blank in between).
    if (open && !accepted && !tabbed && !endsSentence(openLast) && !isSubItem(l.text)) {
      const o: ParagraphDraft = open;
      o.record.text = joinBroken(o.record.text, t);
      o.marks.push(...marks);
      o.record.lines[1] = l.no;
      openLast = t;
      place(l.no);
      if (headings) log.warning(l.no, 'continuation-looks-like-heading', `"${t}" read as the continuation of paragraph ${o.record.number} (its text has no sentence end); expected a heading only after a finished sentence`);
      continue;
    }

    if (headings) {
      place(l.no);
      for (const h of headings) i = handleHeading(h, l.no, i, marks);
      continue;
    }

    if (accepted) {
      close();
      place(l.no);
      out.paragraphLines++;
      const printed = `${accepted.major}.${accepted.minor}`;
      section ??= accepted.major;
      expectedMinor ??= accepted.minor;
      if (accepted.major !== section) {
        log.warning(l.no, 'paragraph-number-misprinted', `paragraph printed "${printed}" stands where ${section}.${accepted.minor} is expected; kept as printed`);
        out.discrepancies.push({
          id: `${doc}/numbering/${l.no}`, document: meta.symbol, documentId: doc, kind: 'numbering', table: null, line: l.no,
          description: `Paragraph number ${printed} lacks the section prefix ${section}`, printed, computed: `${section}.${accepted.minor}`,
        });
      } else if (accepted.minor !== expectedMinor) {
        const what = accepted.minor < expectedMinor ? 'repeats or goes back' : `skips ${expectedMinor}${accepted.minor - expectedMinor > 1 ? `–${accepted.minor - 1}` : ''}`;
        log.warning(l.no, 'paragraph-sequence', `paragraph ${printed} ${what}; expected ${section}.${expectedMinor}`);
        out.discrepancies.push({
          id: `${doc}/numbering/${l.no}`, document: meta.symbol, documentId: doc, kind: 'numbering', table: null, line: l.no,
          description: `Paragraph ${printed} is out of sequence`, printed, computed: `${section}.${expectedMinor}`,
        });
      }
      if (out.paragraphs.some((d) => d.record.number === printed)) {
        log.error(l.no, 'duplicate-paragraph', `paragraph number ${printed} appears a second time; expected each number once (records would share an id)`);
      }
      expectedMinor = accepted.minor + 1;
      const body = cleanWithMarks(accepted.text);
      const res = currentResult();
      const record: Paragraph = {
        id: `${doc}/${printed}`, document: meta.symbol, documentId: doc, number: printed, text: body.text,
        headingPath: stack.map((s) => s.text), unit: unit?.key ?? null, result: res?.record.id ?? null,
        footnotes: [], lines: [l.no, l.no], url: permalinks.paragraph(doc, printed),
      };
      const draft: ParagraphDraft = { record, marks: body.marks };
      out.paragraphs.push(draft);
      out.blocks.push({ type: 'paragraph', number: printed });
      assignParagraph(draft, unit, res, log);
      open = draft;
      openLast = body.text;
      if (pendingMandates !== null) {
        const list = pendingMandates;
        pendingMandates = null;
        close();
        i = takeMandates(i + 1, list);
      }
      continue;
    }

    if (pendingMandates !== null) {
      log.warning(l.no, 'mandates-without-intro', `legislative mandates start without an intro paragraph`);
      const list = pendingMandates;
      pendingMandates = null;
      i = takeMandates(i, list);
      continue;
    }

    if (isSubItem(l.text)) {
      place(l.no);
      const item = cleanWithMarks(dropListDash(l.text));
      if (open) {
        const o: ParagraphDraft = open;
        o.record.text += `\n${item.text}`;
        o.marks.push(...item.marks);
        o.record.lines[1] = l.no;
        openLast = item.text;
      } else {
        log.warning(l.no, 'list-item-outside-paragraph', `list item "${item.text.slice(0, 20)}…" follows no numbered paragraph; kept as text`);
        textBlock(item.text, l.no);
      }
      continue;
    }

    // The emerging result of the performance year: the one unnumbered title after the unit's intro paragraph.
    if (unit && part === 'plan' && unit.section === 'performance' && !unit.result && !unit.emerging && !tabbed) {
      close();
      place(l.no);
      const state = newResult(null, t, l.no, marks);
      if (state) unit.emerging = state;
      pushHeading(base() + 2, t, l.no, `${unit.anchor}-emerging`);
      continue;
    }

    close();
    place(l.no);
    textBlock(cleanText(l.text.split('\t').join(' ')), l.no);
    log.error(l.no, 'unplaced-line', `cannot place "${t.slice(0, 40)}"; expected a heading, numbered paragraph, list item, table or figure here`);
  }
  return out;
}

/** Records a new paragraph in its unit's objective/strategy/COVID lists and its result's section list. */
function assignParagraph(draft: ParagraphDraft, unit: UnitState | null, res: ResultState | null, log: ProblemLog): void {
  const n = draft.record.number;
  if (res) {
    // A missing section heading is the source's slip: the paragraph keeps its result but no section is guessed.
    if (res.section) res.record[res.section].push(n);
    else log.warning(draft.record.lines[0], 'result-paragraph-without-section', `paragraph ${n} stands directly under result "${res.record.title}" without a section heading (方案执行情况/拟议方案计划/…); linked to the result but listed under no section`);
    return;
  }
  if (!unit) return;
  if (unit.section === 'objective' && unit.record.objective === null) {
    unit.record.objective = draft.record.text;
    unit.record.objectiveParagraph = n;
  } else if (unit.section === 'strategy') unit.record.strategyParagraphs.push(n);
  else if (unit.section === 'covid') unit.record.covidParagraphs.push(n);
}
