/** What the composing passes share: the walk's findings, the records being filled and the problem log. */
import type { SourceLine } from '../../../lib/source.ts';
import type { ProblemLog } from '../../../lib/problems.ts';
import type { DocumentMeta, DocumentRecords } from '../../types.ts';
import type { TitlePage } from '../lines.ts';
import type { Contents } from '../headings.ts';
import type { WalkOutput } from '../walk/context.ts';
import type { FootnoteIndex } from './footnotes.ts';

export interface ComposeContext {
  lines: SourceLine[];
  page: TitlePage;
  contents: Contents;
  meta: DocumentMeta;
  log: ProblemLog;
  walk: WalkOutput;
  notes: FootnoteIndex;
  records: DocumentRecords;
}
