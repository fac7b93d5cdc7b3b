/** Figures (图 N.一): number, title, the sentences that cite them, and their numbering sequence. */
import type { SourceLine } from '../../lib/source.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { Discrepancy } from '../../../core/schemas/discrepancy.ts';
import type { Figure } from '../../../core/schemas/figure.ts';
import type { Paragraph } from '../../../core/schemas/paragraph.ts';
import type { DocumentMeta } from '../types.ts';
import { cleanText, isBlank, isPageHeader, parseParagraphStart, type TitlePage } from './lines.ts';
import { classifyHeading, type Contents } from './headings.ts';
import { FIGURE_START, TABLE_START } from './tables.ts';
import { isChineseNumeral, numeralValue, toRoman } from '../../../core/numerals.ts';

export interface CutFigure {
  figure: Figure;
  /** Numeric value of the printed number (null if unreadable). */
  value: number | null;
  /** Number the sequence expects where the printed one is out of sequence: the text may cite it by that number. */
  expected?: number;
  end: number;
  placed: number[];
}

const isUnitLine = (t: string) => /^\(([^()]{1,30})\)$/.test(t);

/** Cuts the figure whose number stands at `lines[start]`: its title line and an optional unit line such as `(百分比)`. */
export function cutFigure(
  lines: SourceLine[],
  start: number,
  page: TitlePage,
  contents: Contents,
  meta: DocumentMeta,
  result: string | null,
): CutFigure {
  const m = FIGURE_START.exec(cleanText(lines[start]!.text))!;
  const numberPrinted = `${m[1]}.${m[2]}`;
  const value = numeralValue(m[2]!);
  const number = value === null ? numberPrinted : `${m[1]}.${toRoman(value)}`;
  const placed = [lines[start]!.no];
  const title: string[] = [];
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line.text)) continue;
    if (isPageHeader(line.text, page)) {
      placed.push(line.no);
      end = i;
      continue;
    }
    const t = cleanText(line.text);
    const stop =
      TABLE_START.test(t) ||
      FIGURE_START.test(t) ||
      parseParagraphStart(t) !== null ||
      classifyHeading(t, contents) !== null ||
      /^\^[a-z]\s/.test(t);
    if (stop) break;
    if (title.length === 0 || (title.length === 1 && isUnitLine(t))) {
      title.push(t);
      placed.push(line.no);
      end = i;
      if (title.length >= 2) break;
      continue;
    }
    break;
  }
  return {
    figure: {
      id: `${meta.documentId}/figure-${number}`,
      document: meta.symbol,
      documentId: meta.documentId,
      numberPrinted,
      number,
      title: title.join(' '),
      imageLost: true,
      statedInText: [],
      result,
      line: lines[start]!.no,
      url: permalinks.figure(meta.documentId, number),
    },
    value,
    end,
    placed,
  };
}

/** Figures numbered in another style than the document's (digits among Chinese numerals) or out of sequence. */
export function checkFigureNumbering(cuts: CutFigure[], meta: DocumentMeta, excerpt = false): Discrepancy[] {
  const out: Discrepancy[] = [];
  const chinese = cuts.filter((c) => isChineseNumeral(c.figure.numberPrinted.split('.')[1]!)).length;
  const style = chinese * 2 >= cuts.length ? 'chinese' : 'digits';
  // An excerpt (no title page) may start at any figure: its first one sets the sequence.
  let expected = excerpt ? (cuts[0]?.value ?? 1) : 1;
  for (const c of cuts) {
    const [major, minor] = c.figure.numberPrinted.split('.') as [string, string];
    const printedStyle = isChineseNumeral(minor) ? 'chinese' : 'digits';
    const base = { document: meta.symbol, documentId: meta.documentId, kind: 'numbering' as const, table: null, line: c.figure.line };
    if (c.value !== null && c.value !== expected) {
      c.expected = expected;
      out.push({
        ...base,
        id: `${meta.documentId}/numbering/${c.figure.line}`,
        description: `Figure ${c.figure.numberPrinted} is out of sequence: the previous figure is number ${expected - 1}`,
        printed: `图 ${c.figure.numberPrinted}`,
        computed: `图 ${major}.${style === 'chinese' ? chineseNumeral(expected) : expected}`,
      });
    } else if (printedStyle !== style) {
      out.push({
        ...base,
        id: `${meta.documentId}/numbering/${c.figure.line}`,
        description: `Figure ${c.figure.numberPrinted} is numbered in ${printedStyle === 'digits' ? 'Arabic digits' : 'Chinese numerals'} among figures numbered in ${style === 'chinese' ? 'Chinese numerals' : 'Arabic digits'}`,
        printed: `图 ${c.figure.numberPrinted}`,
        computed: `图 ${major}.${style === 'chinese' ? chineseNumeral(c.value ?? 0) : c.value}`,
      });
    }
    expected = (c.value ?? expected) + 1;
  }
  return out;
}

export function chineseNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : d[tens]}十${d[n % 10]}`;
}

/** Sentences of paragraphs that cite `图 N.x` (in any numeral style), verbatim. */
export function citingSentences(figure: Figure, values: (number | null)[], paragraphs: Paragraph[]): Figure['statedInText'] {
  const major = figure.numberPrinted.split('.')[0]!;
  const out: Figure['statedInText'] = [];
  const cite = new RegExp(`图\\s*${major}\\.([一二三四五六七八九十]+|\\d+)(?![一二三四五六七八九十\\d])`, 'g');
  for (const p of paragraphs) {
    for (const sentence of p.text.split(/(?<=。)/)) {
      const hits = [...sentence.matchAll(cite)].map((h) => numeralValue(h[1]!));
      if (values.some((v) => v !== null && hits.includes(v))) out.push({ paragraph: p.number, text: sentence.trim() });
    }
  }
  return out;
}
