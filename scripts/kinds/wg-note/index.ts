import type { Parser } from '../types.ts';
import { emptyRecords } from '../records.ts';

/** Placeholder until the parser lands: reports itself as unimplemented. */
export const parseWgNote: Parser = ({ source }) => ({
  records: emptyRecords(),
  coverage: [],
  problems: [{ file: source.file, line: 0, severity: 'error', code: 'not-implemented', message: 'parser for this kind is not implemented yet' }],
});
