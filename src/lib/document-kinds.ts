/** Names of the document kinds the corpus holds, in both languages. */
import type { DocumentKind } from '../../core/schemas/common.ts';
import { t, type Bilingual } from './i18n/index.ts';

const names = {
  'budget-fascicle': 'kind_budgetFascicle',
  'ed-report': 'kind_edReport',
  'wg-note': 'kind_wgNote',
} as const satisfies Record<DocumentKind, string>;

/** `拟议方案预算分册` / `Proposed programme budget fascicle`. */
export function documentKindName(kind: DocumentKind): Bilingual {
  return t(names[kind]);
}
