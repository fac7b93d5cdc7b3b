/** A manifest-like meta for fixture inputs, so parsers can run on excerpts. */
import type { DocumentMeta } from '../../scripts/kinds/types.ts';
import type { DocumentKind } from '../../core/schemas/common.ts';
import { slug } from '../../core/permalinks.ts';
import { splitJointSymbol } from '../../core/references.ts';

export function fixtureMeta(kind: DocumentKind, symbol: string, file = 'input.txt'): DocumentMeta {
  return {
    file,
    sha256: '0'.repeat(64),
    symbol,
    symbols: splitJointSymbol(symbol),
    symbolSource: 'printed',
    symbolNote: null,
    kind,
    titleEn: 'fixture',
    session: 'fixture',
    year: 2022,
    language: 'zh',
    documentId: slug(splitJointSymbol(symbol)[0]!),
  };
}
