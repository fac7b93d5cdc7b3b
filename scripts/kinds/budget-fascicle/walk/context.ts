/** State shared by the passes of one walk over a fascicle: where the reader stands and what it has found. */
import type { SourceLine } from '../../../lib/source.ts';
import { permalinks } from '../../../../core/permalinks.ts';
import type { ProblemLog } from '../../../lib/problems.ts';
import type { Block } from '../../../../core/schemas/block.ts';
import type { Discrepancy } from '../../../../core/schemas/discrepancy.ts';
import type { Paragraph } from '../../../../core/schemas/paragraph.ts';
import type { Result } from '../../../../core/schemas/result.ts';
import type { Subprogramme } from '../../../../core/schemas/subprogramme.ts';
import type { DocumentMeta } from '../../types.ts';
import type { TitlePage } from '../lines.ts';
import type { Contents, Heading, ResultSection, UnitSection } from '../headings.ts';
import type { CutTable } from '../tables.ts';
import type { CutFigure } from '../figures.ts';

/** The subprogramme or component being read. */
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
  /** Paragraphs read before any section heading of the result, waiting for the heading that follows them. */
  unheaded: { number: string; line: number }[];
  /** Footnote marks on the title line. */
  marks: string[];
}

/** A paragraph being read, with the marks found in its lines. */
export interface ParagraphDraft {
  record: Paragraph;
  marks: string[];
}

export type Part = 'plan' | 'resources' | 'other';

/** A table cut from the text with what the composer needs to read it. */
export interface TableCut {
  cut: CutTable;
  part: Part;
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

export class WalkContext {
  readonly out: WalkOutput;
  /** Headings above the current line, outermost first. */
  readonly stack: { level: number; text: string; anchor: string }[] = [];
  region: 'front' | 'body' | 'annex' = 'front';
  part: Part = 'other';
  /** A container heading (programme of work) stands above the units: they nest one level deeper. */
  containerSeen = false;
  unit: UnitState | null = null;
  /** The numbered paragraph later lines may continue, with its last line's text. */
  open: ParagraphDraft | null = null;
  openLast = '';
  /** List key of a 立法授权 heading whose list starts after its intro paragraph. */
  pendingMandates: string | null = null;
  pendingAnnexTitle = false;
  sawForeword = false;
  /** Section number of paragraphs (`16` in 16.3); without a title page (an excerpt) the first paragraph sets it. */
  section: string | null;
  expectedMinor: number | null;
  readonly units = new Map<string, Subprogramme>();
  readonly usedAnchors = new Set<string>();

  constructor(
    readonly lines: SourceLine[],
    readonly page: TitlePage,
    readonly contents: Contents,
    contentsLines: number[],
    readonly meta: DocumentMeta,
    readonly log: ProblemLog,
  ) {
    this.out = {
      blocks: [],
      paragraphs: [],
      subprogrammes: [],
      results: [],
      tables: [],
      figures: [],
      mandateSections: [],
      discrepancies: [],
      placed: new Set(contentsLines),
      paragraphLines: 0,
      headings: [],
    };
    this.section = page.section;
    this.expectedMinor = page.section === null ? null : 1;
  }

  get doc(): string {
    return this.meta.documentId;
  }

  place(no: number): void {
    this.out.placed.add(no);
  }

  /**
   * A heading block with an id from the document's structure. `anchor` is the heading's own id (`part-a`,
   * `subprogramme-3-result-2`) or, given as `{ local }`, a name under the heading above it
   * (`subprogramme-3` + `mandates` → `subprogramme-3-mandates`); a second use of an id takes `-2`, `-3`.
   * `legacy` is the line-based id earlier builds published for the heading, kept as an alias.
   */
  pushHeading(level: number, text: string, line: number, anchor: string | { local: string }, legacy: string | null = null): void {
    const lv = Math.max(1, Math.min(6, level));
    while (this.stack.length && this.stack[this.stack.length - 1]!.level >= lv) this.stack.pop();
    const parent = this.stack[this.stack.length - 1]?.anchor;
    const base = typeof anchor === 'string' ? anchor : parent ? `${parent}-${anchor.local}` : anchor.local;
    let a = base;
    for (let k = 2; this.usedAnchors.has(a); k++) a = `${base}-${k}`;
    this.usedAnchors.add(a);
    this.stack.push({ level: lv, text, anchor: a });
    const alias = a === base ? legacy : (legacy ?? `h-${line}`);
    this.out.blocks.push({ type: 'heading', level: lv, text, anchor: a, line, ...(alias ? { legacyAnchor: alias } : {}) });
  }

  /** No paragraph is open any more: the next line cannot continue one. */
  close(): void {
    this.open = null;
    this.openLast = '';
  }

  textBlock(text: string, line: number): void {
    if (text !== '') this.out.blocks.push({ type: 'text', text, line });
  }

  /** Heading level of the current unit (or of the programme level above units). */
  base(): number {
    return this.unit ? this.unit.level : this.containerSeen ? 2 : 1;
  }

  currentResult(): ResultState | null {
    const unit = this.unit;
    return unit?.result ?? (unit?.section === 'performance' ? unit.emerging : null);
  }

  newUnitRecord(key: string, number: string, component: string | null, title: string | null, line: number): Subprogramme {
    const doc = this.doc;
    return {
      id: `${doc}/${key}`,
      document: this.meta.symbol,
      documentId: doc,
      key,
      number,
      component,
      title: title ?? '',
      components: [],
      objective: null,
      objectiveParagraph: null,
      strategyParagraphs: [],
      covidParagraphs: [],
      results: [],
      deliverablesTable: null,
      resourceTables: [],
      line,
      url: permalinks.subprogramme(doc, key),
    };
  }

  /** A result of the current unit (`number` null: the emerging result of the performance year). */
  newResult(number: number | null, title: string, line: number, marks: string[]): ResultState | null {
    const unit = this.unit;
    if (!unit) {
      this.log.error(
        line,
        'result-outside-unit',
        `result "${title}" stands outside any subprogramme or component; expected it under 次级方案 N`,
      );
      return null;
    }
    const doc = this.doc;
    const [sub, comp] = unit.key.split('.') as [string, string | undefined];
    const record: Result = {
      id: `${doc}/${unit.key}/${number === null ? 'emerging' : `result-${number}`}`,
      document: this.meta.symbol,
      documentId: doc,
      unit: unit.key,
      subprogramme: sub,
      component: comp ?? null,
      number,
      title,
      carriedFrom: null,
      performance: [],
      lessons: [],
      plan: [],
      progress: [],
      unheaded: [],
      measures: [],
      line,
      url: permalinks.result(doc, unit.key, number),
    };
    if (unit.record.results.includes(record.id))
      this.log.error(line, 'duplicate-result', `result id ${record.id} appears twice; expected one heading per result`);
    unit.record.results.push(record.id);
    const state: ResultState = { record, section: number === null ? 'performance' : null, unheaded: [], marks };
    this.out.results.push(state);
    return state;
  }
}
