/** The oversight follow-up annex read into records: the annex of A/76/6 (Sect. 16), cut from the seed, and the whole fascicle. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../core/schemas/block.ts';
import { emptyRecords } from '../../scripts/kinds/records.ts';
import { ProblemLog } from '../../scripts/lib/problems.ts';
import { composeOversight } from '../../scripts/kinds/budget-fascicle/compose/oversight.ts';
import type { ComposeContext } from '../../scripts/kinds/budget-fascicle/compose/context.ts';

const dir = resolve(import.meta.dirname, '../fixtures/oversight/annex-ii');
const firstLine = 2975;

/** The annex as the walker hands it over: a level-1 annex heading, the title heading, then text blocks (links unwrapped). */
function blocksOf(text: string): Block[] {
  const lines = text.split('\n');
  return lines.flatMap((raw, i): Block[] => {
    const t = raw.replace(/\[([^\]]*)\]\(#\)/g, '$1').trim();
    const line = firstLine + i;
    if (!t) return [];
    if (/^附件/.test(t)) return [{ type: 'heading', level: 1, text: t, anchor: `annex-${line}`, line }];
    if (i < 3 && /后续行动汇总/.test(t)) return [{ type: 'heading', level: 2, text: t, anchor: `h-${line}`, line }];
    return [{ type: 'text', text: t, line }];
  });
}

function compose(blocks: Block[]) {
  const log = new ProblemLog('000.txt');
  const c = {
    meta: { documentId: 'a-76-6-sect-16', symbol: 'A/76/6 (Sect. 16)' },
    log,
    walk: { blocks },
    records: emptyRecords(),
  } as unknown as ComposeContext;
  composeOversight(c);
  return { records: c.records.oversight, problems: log.problems };
}

describe('oversight annex', () => {
  test('each recommendation with its body, report, paragraph, action, status as printed and progress report', () => {
    const { records, problems } = compose(blocksOf(readFileSync(`${dir}/input.txt`, 'utf8')));
    expect(problems).toEqual([]);
    expect(records).toEqual(JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')));
  });

  test('read by hand: three Board of Auditors and two ACABQ recommendations; one prints no status', () => {
    const { records } = compose(blocksOf(readFileSync(`${dir}/input.txt`, 'utf8')));
    expect(records.map((r) => [r.bodyCode, r.reports.map((x) => x.symbol).join('+'), r.paragraph])).toEqual([
      ['BOA', 'A/73/5/Add.10', '144'],
      ['BOA', 'A/73/5/Add.10', '153'],
      ['BOA', 'A/71/5/Add.10', '86'],
      ['ACABQ', 'A/75/7+A/75/7/Corr.1', '四.102'],
      ['ACABQ', 'A/74/7', '四.113'],
    ]);
    expect(records.map((r) => r.status)).toEqual([
      '这项建议正在执行中。',
      '这项建议正在执行中。',
      '这项建议正在执行中。',
      null,
      '这项建议正在执行中。',
    ]);
    expect(records[1]!.progressIn).toEqual([{ symbol: 'A/75/339/Add.1', place: '第 1 271 段' }]);
  });

  test('text the reader cannot place is reported with its line, never dropped silently', () => {
    const blocks = blocksOf(readFileSync(`${dir}/input.txt`, 'utf8'));
    const bodyAt = blocks.findIndex((b) => b.type === 'text' && b.text === '审计委员会');
    // A stray line between the body name and its first report symbol.
    blocks.splice(bodyAt + 1, 0, { type: 'text', text: '一行无法归属的文字', line: 2984 });
    const { problems } = compose(blocks);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2984, 'oversight-unplaced']]);
  });

  test('a fascicle without the annex has no records and no problem', () => {
    expect(compose([{ type: 'heading', level: 1, text: '附件一', anchor: 'a', line: 1 }])).toEqual({ records: [], problems: [] });
  });
});
