/**
 * The annex on follow-up to oversight bodies' recommendations (为执行监督机构相关建议而采取的后续行动汇总) as records.
 * The genre prints it as a two-column table flattened into lines: the column heads (建议简述 / 为执行建议而采取的行动),
 * then per oversight body its name, per report its symbol line, and per recommendation its summary ending with the
 * report's paragraph (`(第 144 段)。`) followed by the action taken (one or more paragraphs).
 */
import type { Block } from '../../../../core/schemas/block.ts';
import type { OversightRecommendation } from '../../../../core/schemas/oversight.ts';
import { SYMBOL_SOURCE, normalizeSymbol } from '../../../../core/references.ts';
import { permalinks } from '../../../../core/permalinks.ts';
import type { ComposeContext } from './context.ts';

/** The annex's title in the genre. */
const ANNEX_TITLE = /监督机构.*建议.*后续行动/;
/** Column heads of the annex's table. */
const COLUMN_HEAD = /^(?:建议简述|为执行建议而采取的行动)$/;
/** Oversight bodies of the UN system, by their Chinese names (glossary), with their abbreviations. */
const BODIES: [RegExp, OversightRecommendation['bodyCode']][] = [
  [/^(?:联合国)?审计委员会$/, 'BOA'],
  [/^行政和预算问题咨询委员会$/, 'ACABQ'],
  [/^联合检查组$/, 'JIU'],
  [/^内部监督事务厅$/, 'OIOS'],
];
const SYMBOL = new RegExp(SYMBOL_SOURCE, 'g');
/** A line that is only report symbols, joined by 和/、/, and optionally a chapter or paragraph (`A/73/5/Add.10, 第二章`). */
const REPORT_LINE = new RegExp(
  String.raw`^(?:${SYMBOL_SOURCE})(?:\s*(?:和|、|,|，)\s*(?:${SYMBOL_SOURCE}))*(?:\s*[,，]\s*(第\S+?(?:章|段)))?$`,
);
/** The end of a recommendation summary: the paragraph of the report that makes it. */
const RECOMMENDATION_END = /[（(]第\s*([^（()）]+?)\s*段[）)]。?$/;
/** A first sentence that states the status (`这项建议正在执行中。`, `该建议已执行。`). */
const STATUS = /^((?:这项|该项?|此项)建议[^。]*?(?:执行|落实|实施|完成|结束|关闭)[^。]*。)/;
/** A report cited for progress in the action text, with its paragraph (`A/75/339/Add.1, 第 1 269 段`). */
const PROGRESS = new RegExp(String.raw`(${SYMBOL_SOURCE})\s*[,，]\s*(第\s*[^（()）,，。]+?\s*段)`, 'g');

function reportsOf(text: string, chapter: string | null) {
  const symbols = [...text.matchAll(SYMBOL)].map((m) => normalizeSymbol(m[0]));
  return symbols.map((symbol, k) => ({ symbol, place: k === symbols.length - 1 ? chapter : null }));
}

type Text = Extract<Block, { type: 'text' }>;

/** The annex's text blocks: from the heading with the genre's title to the next level-1 heading. */
function annexBlocks(blocks: Block[]): Text[] | null {
  const start = blocks.findIndex((b) => b.type === 'heading' && ANNEX_TITLE.test(b.text));
  if (start < 0) return null;
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  return blocks.slice(start + 1, end < 0 ? undefined : end).filter((b): b is Text => b.type === 'text');
}

export function composeOversight(c: ComposeContext): void {
  const blocks = annexBlocks(c.walk.blocks);
  if (!blocks) return;
  const { meta, log } = c;
  let body: { name: string; code: OversightRecommendation['bodyCode'] } | null = null;
  let reports: OversightRecommendation['reports'] = [];
  let current: OversightRecommendation | null = null;
  const out: OversightRecommendation[] = [];
  for (const b of blocks) {
    const text = b.text.trim();
    const bodyMatch = BODIES.find(([re]) => re.test(text));
    const report = REPORT_LINE.exec(text);
    const end = RECOMMENDATION_END.exec(text);
    if (COLUMN_HEAD.test(text)) continue;
    if (bodyMatch) {
      body = { name: text, code: bodyMatch[1] };
      reports = [];
      current = null;
      continue;
    }
    if (report) {
      reports = reportsOf(text, report[1] ?? null);
      current = null;
      continue;
    }
    if (end && body && reports.length > 0 && (current === null || current.action !== '')) {
      const k = out.length + 1;
      current = {
        id: `${meta.documentId}/oversight-${k}`,
        document: meta.symbol,
        documentId: meta.documentId,
        body: body.name,
        bodyCode: body.code,
        reports,
        paragraph: end[1]!.trim(),
        recommendation: text,
        action: '',
        status: null,
        progressIn: [],
        line: b.line,
        url: permalinks.oversightRecommendation(meta.documentId, k),
      };
      out.push(current);
      continue;
    }
    if (current) {
      current.action = current.action ? `${current.action}\n${text}` : text;
      current.status ??= STATUS.exec(current.action)?.[1] ?? null;
      current.progressIn.push(
        ...[...text.matchAll(PROGRESS)].map((m) => ({ symbol: normalizeSymbol(m[1]!), place: m[2]!.replace(/\s+/g, ' ') })),
      );
      continue;
    }
    log.warning(
      b.line,
      'oversight-unplaced',
      `text in the oversight follow-up annex is neither an oversight body, a report symbol line, a recommendation ending with its paragraph "(第 N 段)" nor the action after one: "${text.slice(0, 40)}"`,
    );
  }
  for (const r of out)
    if (r.action === '')
      log.warning(r.line, 'oversight-no-action', `recommendation of ${r.body} (paragraph ${r.paragraph}) has no action taken after it`);
  if (out.length === 0)
    log.warning(blocks[0]?.line ?? 1, 'oversight-empty', 'the oversight follow-up annex has no recommendation ending with "(第 N 段)"');
  c.records.oversight.push(...out);
}
