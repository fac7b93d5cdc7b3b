/** Stub until the mandate-list parser lands (another developer owns this file). */
import type { DocumentMeta } from '../types.ts';
import type { Mandate } from '../../schemas/mandate.ts';
import type { Problem } from '../../schemas/problem.ts';
import type { SourceLine } from '../../lib/source.ts';

export function parseMandateList(
  _lines: SourceLine[],
  _ctx: { meta: DocumentMeta; list: string; startLine: number },
): { mandates: Mandate[]; problems: Problem[] } {
  return { mandates: [], problems: [] };
}
