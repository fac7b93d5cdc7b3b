/** State shared by the passes over one narrative document: its lines, blocks, problems and findings. */
import type { Block } from '../../../core/schemas/block.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { SourceLine } from '../../lib/source.ts';
import { ProblemLog } from '../../lib/problems.ts';
import type { DocumentMeta } from '../types.ts';
import { classifyLine, type LineKind } from './lines.ts';
import type { NarrativeGenre } from './genre.ts';

export interface ClassifiedLine {
  no: number;
  raw: string;
  form: LineKind;
}

/** A heading as the body walker keeps it on its stack. */
export interface OpenHeading {
  kind: 'chapter' | 'section' | 'subsection' | 'unnumbered';
  /** Value of its number (chapter 3, section 1 for `A`), null when unnumbered. */
  value: number | null;
  level: number;
  /** Text as printed, number included, markup and footnote marks removed. */
  text: string;
  /** Text without the number. */
  title: string;
  anchor: string;
  line: number;
}

/** A numbered paragraph while it is being read. */
export interface ParagraphDraft {
  number: string;
  text: string;
  marks: string[];
  headings: OpenHeading[];
  first: number;
  last: number;
}

export interface FootnoteLine {
  mark: string;
  text: string;
  line: number;
}

export class NarrativeContext {
  readonly lines: ClassifiedLine[];
  readonly log: ProblemLog;
  readonly blocks: Block[] = [];
  readonly paragraphs: ParagraphDraft[] = [];
  readonly headings: OpenHeading[] = [];
  readonly footnotes: FootnoteLine[] = [];
  readonly discrepancies: Discrepancy[] = [];
  /** Lines accounted for: in a block or record, or recognised as page furniture. */
  readonly placed = new Set<number>();
  /** Lines read as the start of a numbered paragraph. */
  paragraphStarts = 0;

  constructor(
    readonly source: { file: string; lines: SourceLine[] },
    readonly meta: DocumentMeta,
    readonly genre: NarrativeGenre,
  ) {
    this.lines = source.lines.map((l) => ({ no: l.no, raw: l.text, form: classifyLine(l.text) }));
    this.log = new ProblemLog(source.file);
  }

  place(line: number): void {
    this.placed.add(line);
  }

  /** A problem in the source itself: a problem for the build log and a record for the site. */
  discrepancy(line: number, kind: Discrepancy['kind'], description: string, printed: string | null, computed: string | null): void {
    const { documentId, symbol } = this.meta;
    this.discrepancies.push({
      id: `${documentId}/${kind}/${line}`,
      document: symbol,
      documentId,
      kind,
      table: null,
      line,
      description,
      printed,
      computed,
    });
    this.log.warning(line, `${kind}-discrepancy`, `${description} (printed ${printed ?? '—'}, expected ${computed ?? '—'})`);
  }
}
