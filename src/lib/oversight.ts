/** Oversight follow-up records and the cited documents they name: links both ways, by the symbol as printed. */
import type { CitedDocument } from '../../core/schemas/cited-document.ts';
import type { OversightRecommendation } from '../../core/schemas/oversight.ts';
import type { Block } from '../../core/schemas/block.ts';
import { numeralValue, toRoman } from '../../core/numerals.ts';

/** Symbols compare without their spaces (`A/75/339/Add. 1` is `A/75/339/Add.1`). */
const key = (symbol: string) => symbol.replace(/\s+/g, '');

/** The symbols a record names: the reports it comes from and those where progress is given. */
export const symbolsOf = (o: OversightRecommendation): string[] => [...o.reports, ...o.progressIn].map((r) => r.symbol);

/** The site's page of a cited symbol, or null when the corpus does not cite it elsewhere. */
export function symbolPage(symbol: string, cited: readonly CitedDocument[]): string | null {
  return cited.find((d) => key(d.symbol) === key(symbol))?.url ?? null;
}

/** The oversight recommendations that come from a report or give progress in it, in annex order. */
export function oversightNaming(symbol: string, records: readonly OversightRecommendation[]): OversightRecommendation[] {
  return records.filter((o) => symbolsOf(o).some((s) => key(s) === key(symbol)));
}

/** English names of the oversight bodies the schema knows by code; another body keeps its printed name. */
const bodyEnglish: Record<NonNullable<OversightRecommendation['bodyCode']>, string> = {
  BOA: 'Board of Auditors',
  ACABQ: 'Advisory Committee on Administrative and Budgetary Questions',
  JIU: 'Joint Inspection Unit',
  OIOS: 'Office of Internal Oversight Services',
};

const roman = (numeral: string) => {
  const n = numeralValue(numeral);
  return n === null ? numeral : toRoman(n);
};

/** A place as printed, in English: `第二章` → `chap. II`, `第 1 269 段` → `para. 1 269`, `四.102` → `IV.102`. */
export function placeEnglish(place: string): string {
  const chapter = /^第([一二三四五六七八九十]+)章$/.exec(place);
  if (chapter) return `chap. ${roman(chapter[1]!)}`;
  const para = /^第\s*(.+?)\s*段$/.exec(place);
  if (para) return `para. ${paragraphEnglish(para[1]!)}`;
  return place;
}
const paragraphEnglish = (p: string) => p.replace(/^([一二三四五六七八九十]+)\./, (_, n: string) => `${roman(n)}.`);

/**
 * The annex a record stands in, from the document's headings (`附件二` → 附件二 / annex II): the last annex heading
 * printed before the record's line; null when the record stands under none.
 */
export function annexOf(o: Pick<OversightRecommendation, 'line'>, blocks: readonly Block[]): { zh: string; en: string } | null {
  let found: string | null = null;
  for (const b of blocks) {
    if (b.type !== 'heading' || b.line > o.line) continue;
    const m = /^附件([一二三四五六七八九十]+)/.exec(b.text);
    if (m) found = m[1]!;
  }
  return found === null ? null : { zh: `附件${found}`, en: `annex ${roman(found)}` };
}

/** The record's citation in UN style: document, annex, body, report(s) with chapter, paragraph. */
export function oversightCitation(o: OversightRecommendation, annex: { zh: string; en: string } | null): { zh: string; en: string } {
  const zhReports = o.reports.map((r) => `${r.symbol}${r.place ? `，${r.place}` : ''}`).join('；');
  const enReports = o.reports.map((r) => `${r.symbol}${r.place ? `, ${placeEnglish(r.place)}` : ''}`).join('; ');
  return {
    zh: [o.document, annex?.zh, o.body, zhReports, o.paragraph && `第 ${o.paragraph} 段`].filter(Boolean).join('，'),
    en: [
      o.document,
      annex?.en,
      o.bodyCode ? bodyEnglish[o.bodyCode] : o.body,
      enReports,
      o.paragraph && `para. ${paragraphEnglish(o.paragraph)}`,
    ]
      .filter(Boolean)
      .join(', '),
  };
}
