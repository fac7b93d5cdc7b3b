/**
 * Corpus-wide fidelity of the reference index: on every line of every seed, the resolution numbers and
 * document symbols printed must equal the citations read from that line (resolutions, decisions and cited
 * symbols, each counted once per place printed). A line where they differ fails unless a reason below,
 * as data, explains it; a reason that no longer matches anything fails too, so the list cannot go stale.
 *
 * The counter here is deliberately simpler than the reader in core/references.ts: it counts every
 * `n/n`-shaped number (with the forms `2331(2016)`, `S-30/1`, `72/266 A`) and every symbol-shaped token
 * (`<CAPITALS>/…/…`), so a number the reader misses shows up as a difference.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readSeedFolder } from '../../scripts/pipeline/seeds.ts';
import { runPipeline, type PipelineOutput } from '../../scripts/pipeline/run.ts';
import { decodeSeed } from '../../scripts/lib/source.ts';
import { toHalfWidth } from '../../core/text.ts';

/** A symbol-shaped token: capitals, then two or more `/` parts, an optional `(Sect. 16)` and more parts; joint symbols count each part. */
const SYMBOL_TOKEN =
  /(?<![A-Za-z0-9.:-])[A-Z]{1,5}(?:\/[A-Za-z0-9.]+){2,}(?: ?\((?:Sect|Part|Chap)\. ?\d+[^)]*\))?(?:\/[A-Za-z0-9.]+)*(?:-[A-Z]{1,5}(?:\/[A-Za-z0-9.]+){2,})*/g;
/** A resolution-number-shaped token. */
const NUMBER_TOKEN =
  /(?:S\s*-\s*\d{1,2}\s*\/\s*\d{1,3}|\d{1,4}\s*\/\s*\d{1,4}(?:\s*\(\s*[IVXLC]+\s*\))?|\d{1,4}\s*\(\s*(?:\d{4}|[IVXLC]+)\s*\))(?![\d/])/g;

/** Tokens that are not references wherever they are printed, each with why. */
const TOKEN_REASONS: { pattern: RegExp; why: string }[] = [
  {
    pattern: /(?<=P-)2\/1/g,
    why: 'the staff grade P-2/1 (P-2 and P-1 counted together) in post tables and resource paragraphs, not a resolution',
  },
  {
    pattern: /(?<=表 ?)B\/P/g,
    why: 'form B/P of the International Narcotics Control Board (estimates of psychotropic substances), not a symbol',
  },
  { pattern: /(?<=V\.\d{2}-\d{5} +)\d+\/\d+/g, why: 'page footer "page 2 of 4" after the job number (V.22-22288), not a resolution' },
];

/** Single lines where printed and read differ for a reason of that line, with the tokens left unread. */
const LINE_REASONS: { file: string; line: number; unread: string[]; why: string }[] = [
  {
    file: '002_e90bbdd4b5905527.txt',
    line: 67,
    unread: ['E/CN.7/2022/3', 'E/CN.15/2022/3'],
    why: 'the hyperlink of footnote 1 printed out by the conversion (http://undocs.org/…): the target of the symbol already cited on line 60, not a second citation',
  },
  { file: '002_e90bbdd4b5905527.txt', line: 70, unread: ['E/CN.7/2022/3/Add.1'], why: "the document's own symbol in its page header" },
  { file: '002_e90bbdd4b5905527.txt', line: 72, unread: ['E/CN.15/2022/3/Add.1'], why: "the document's own symbol in its page header" },
  { file: '002_e90bbdd4b5905527.txt', line: 249, unread: ['E/CN.7/2022/3/Add.1'], why: "the document's own symbol in its page header" },
  { file: '002_e90bbdd4b5905527.txt', line: 251, unread: ['E/CN.15/2022/3/Add.1'], why: "the document's own symbol in its page header" },
  {
    file: '003_84c54906de664c40.txt',
    line: 286,
    unread: ['HS/1232/09E'],
    why: 'a UN-Habitat publication number (HS/…), not a UN document symbol: undocs.org does not resolve it',
  },
  {
    file: '003_84c54906de664c40.txt',
    line: 372,
    unread: ['360/01'],
    why: 'part of the OIOS audit report number AE2010/360/01, not a resolution (the JIU symbol on the line is read)',
  },
];

interface LineCount {
  printed: string[];
  read: number;
}

let out: PipelineOutput;
const lines = new Map<string, LineCount>();
const key = (file: string, line: number) => `${file}:${line}`;
const usedTokenReasons = new Set<number>();

beforeAll(() => {
  const folder = readSeedFolder(resolve(import.meta.dirname, '../../seeds'));
  out = runPipeline(folder.seeds);
  const fileOf = new Map(out.collections.documents.map((d) => [d.id, d.sourceFile]));
  for (const seed of folder.seeds) {
    const decoded = decodeSeed(seed.file, seed.bytes);
    if (!decoded.ok) throw new Error(decoded.problem.message);
    for (const l of decoded.source.lines) {
      let t = toHalfWidth(l.text);
      TOKEN_REASONS.forEach((r, i) => {
        t = t.replace(r.pattern, (m) => {
          usedTokenReasons.add(i);
          return ' '.repeat(m.length);
        });
      });
      const printed: string[] = [];
      t = t.replace(SYMBOL_TOKEN, (m) => {
        // `A/RES/74/247` is a resolution: its number is counted below.
        if (/^[AES]\/RES\//.test(m)) return ' '.repeat(6) + m.slice(6);
        printed.push(...m.split(/-(?=[A-Z]+\/)/));
        return ' '.repeat(m.length);
      });
      for (const m of t.matchAll(NUMBER_TOKEN)) printed.push(m[0].replace(/\s+/g, ''));
      lines.set(key(seed.file, l.no), { printed, read: 0 });
    }
  }
  const count = (documentId: string, line: number) => {
    const c = lines.get(key(fileOf.get(documentId)!, line));
    if (!c) throw new Error(`citation on line ${line} of ${documentId}, which the seed does not have`);
    c.read++;
  };
  for (const r of out.collections.resolutions) for (const c of r.citations) count(c.documentId, c.line);
  for (const s of out.collections.citedDocuments) for (const c of s.citations) count(c.documentId, c.line);
}, 120_000);

describe('every reference printed is read, once per place', () => {
  test('each line reads as many citations as it prints references, or its difference is explained', () => {
    const unexplained: string[] = [];
    const usedLineReasons = new Set<number>();
    for (const [k, c] of lines) {
      if (c.printed.length === c.read) continue;
      const [file, line] = [k.slice(0, k.lastIndexOf(':')), Number(k.slice(k.lastIndexOf(':') + 1))];
      const i = LINE_REASONS.findIndex((r) => r.file === file && r.line === line);
      const reason = LINE_REASONS[i];
      if (reason && c.printed.length - reason.unread.length === c.read && reason.unread.every((u) => c.printed.includes(u))) {
        usedLineReasons.add(i);
        continue;
      }
      unexplained.push(`${k}: printed ${c.printed.length} [${c.printed.join(' ')}], read ${c.read}`);
    }
    expect(unexplained).toEqual([]);
    expect(LINE_REASONS.filter((_, i) => !usedLineReasons.has(i)).map((r) => `${r.file}:${r.line}`)).toEqual([]);
  });

  test('every token reason still applies somewhere', () => {
    expect(TOKEN_REASONS.filter((_, i) => !usedTokenReasons.has(i)).map((r) => r.why)).toEqual([]);
  });

  test('the lists closed by 诸项决议, titles citing resolutions and repeats on one line are read', () => {
    const ids = new Set(out.collections.resolutions.map((r) => r.id));
    expect(ids).toContain('ga-resolution-68-1');
    const onLine = (id: string, documentId: string, line: number) =>
      out.collections.resolutions.find((r) => r.id === id)!.citations.filter((c) => c.documentId === documentId && c.line === line).length;
    // E/CN.7/2020/3 line 42 prints CND 52/13 twice.
    expect(onLine('cnd-resolution-52-13', 'e-cn.7-2020-3', 42)).toBe(2);
    // The 9.1 list: GA 46/152 is cited inside the title of ECOSOC 1992/22.
    expect(out.collections.resolutions.find((r) => r.id === 'ga-resolution-46-152')!.citations.some((c) => c.mandateList === '9.1')).toBe(
      true,
    );
    expect(out.collections.citedDocuments.map((s) => s.symbol)).toContain('JIU/REP/2010/10');
  });
});
