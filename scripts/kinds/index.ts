/** Dispatch over document kinds: a kind added to `documentKinds` without a parser fails the type check. */
import type { DocumentKind, Parser } from './types.ts';
import { parseBudgetFascicle } from './budget-fascicle/index.ts';
import { parseEdReport } from './ed-report/index.ts';
import { parseWgNote } from './wg-note/index.ts';

export const parsers = {
  'budget-fascicle': parseBudgetFascicle,
  'ed-report': parseEdReport,
  'wg-note': parseWgNote,
} satisfies Record<DocumentKind, Parser>;

/** Recognises the genre from the text itself, so a seed the manifest does not know can still be routed. */
export function detectKind(text: string): DocumentKind | null {
  const head = text.slice(0, 6000);
  if (/拟议方案预算/.test(head) && /第\s*\d+\s*款/.test(head)) return 'budget-fascicle';
  if (/执行主任的报告/.test(head)) return 'ed-report';
  if (/秘书处的说明/.test(head) && /工作组/.test(head)) return 'wg-note';
  return null;
}
