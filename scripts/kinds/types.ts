/** The contract between the pipeline and each document kind's parser. */
import type { Collections } from '../../core/schemas/collections.ts';
import type { DocumentKind } from '../../core/schemas/common.ts';
import type { ManifestEntry } from '../../core/schemas/manifest.ts';
import type { Problem } from '../../core/schemas/problem.ts';
import type { SourceText } from '../lib/source.ts';

/** What the pipeline knows of a seed before parsing it: its manifest entry plus derived ids. */
export interface DocumentMeta extends ManifestEntry {
  /** Slug of the symbol: the document's URL segment and id prefix of its records. */
  documentId: string;
  /** Single symbols of a joint symbol. */
  symbols: string[];
}

export interface ParseInput {
  source: SourceText;
  meta: DocumentMeta;
}

/** Collections a parser fills for its own document; cross-document ones are built by the pipeline. */
export type DocumentRecords = Omit<Collections, 'resolutions' | 'citedDocuments'>;

/** One line of the coverage report: how many of something were found and how many were placed. */
export interface CoverageLine {
  /** What is counted, e.g. `numbered paragraphs`, `table rows`. */
  what: string;
  found: number;
  placed: number;
  /** A reconciliation count: `found` checks, `placed` of them agreeing; the rest are source discrepancies, not failures. */
  reconciliation?: boolean;
}

export interface ParseOutput {
  records: DocumentRecords;
  coverage: CoverageLine[];
  problems: Problem[];
}

/** A pure function from one seed's text to its records and the problems met. */
export type Parser = (input: ParseInput) => ParseOutput;

export type { DocumentKind };
