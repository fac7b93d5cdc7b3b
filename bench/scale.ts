/**
 * A larger corpus made from the seeds, for the scale bench: `factor` copies of every seed (copy 0 is the
 * seed itself), each renumbered so its records stay distinct — a budget fascicle becomes another section
 * of another session (A/76/6 (Sect. 16) → A/77/6 (Sect. 17); paragraphs 16.x → 17.x, tables 表 16.x →
 * 表 17.x, the title page's 第 16 款), a Commission document moves to later years (E/CN.7/2022/2 →
 * E/CN.7/2023/2) with its own document number. The folder gets its own manifest with fresh sha256.
 *
 * What is not renumbered: the resolutions the documents cite (a copy cites the same 74/247 as its seed),
 * so resolution pages collect citations from every copy; the bench reports that growth separately.
 *
 * CLI: `npx tsx bench/scale.ts --factor 10 --out /tmp/corpus-10x`.
 */
import { splitJointSymbol } from '../core/references.ts';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST, readSeedFolder, sha256 } from '../scripts/pipeline/seeds.ts';
import type { ManifestEntry } from '../core/schemas/manifest.ts';

/** Section numbers stay two digits (the paragraph pattern is `NN.k`): 50 sections per session, then the next session. */
const SECTIONS_PER_SESSION = 50;

export interface Renumbered {
  text: string;
  entry: ManifestEntry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Copy `k` of a budget fascicle: section and session shifted, every section-qualified number with them. */
export function renumberFascicle(text: string, entry: ManifestEntry, k: number): Renumbered {
  const m = /^A\/(\d+)\/6 \(Sect\. (\d+)\)$/.exec(entry.symbol);
  if (!m) throw new Error(`not a fascicle symbol: ${entry.symbol}`);
  const session = Number(m[1]) + Math.floor(k / SECTIONS_PER_SESSION);
  const section = Number(m[2]) + (k % SECTIONS_PER_SESSION);
  const old = m[2]!;
  const symbol = `A/${session}/6 (Sect. ${section})`;
  const out = text
    .replace(new RegExp(escape(entry.symbol), 'g'), symbol)
    // 第 16 款 (title page and running headers), 16.36 (paragraphs, tables 表 16.4, figures 图 16.三).
    .replace(new RegExp(`第(\\s*)${old}(\\s*)款`, 'g'), `第$1${section}$2款`)
    .replace(new RegExp(`(?<![\\d.])${old}\\.(?=[\\d一二三四五六七八九十IVX])`, 'g'), `${section}.`);
  return {
    text: out,
    entry: {
      ...entry,
      symbol,
      year: entry.year + (session - Number(m[1])),
      titleEn: entry.titleEn.replace(/Section \d+/, `Section ${section}`),
    },
  };
}

/** Copy `k` of a Commission document: k years later, and (for the `slot`-th seed of its kind) another document number. */
export function renumberCommissionDoc(text: string, entry: ManifestEntry, k: number, slot: number): Renumbered {
  const parts = splitJointSymbol(entry.symbol);
  const moved = parts.map((p) =>
    p.replace(
      /^([A-Z]+(?:\/[A-Z]+\.\d+)?)\/(\d{4})\/(\d+)/,
      (_, body: string, year: string, n: string) => `${body}/${Number(year) + k}/${Number(n) + 10 * slot}`,
    ),
  );
  let out = text;
  parts.forEach((p, i) => {
    out = out.replace(new RegExp(`(?<![\\w/.])${escape(p)}(?![\\w]|/\\d)`, 'g'), moved[i]!);
  });
  return { text: out, entry: { ...entry, symbol: moved.join('-'), year: entry.year + k } };
}

/** Writes the scaled corpus: `factor` renumbered copies of every seed in `seedsDir`, and their manifest. */
export function writeScaledCorpus(seedsDir: string, outDir: string, factor: number): { files: number; bytes: number } {
  const folder = readSeedFolder(seedsDir);
  if (folder.problems.length) throw new Error(`seeds folder has problems: ${folder.problems.map((p) => p.message).join('; ')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const slots = new Map<string, number>();
  const entries: ManifestEntry[] = [];
  let bytes = 0;
  for (const seed of folder.seeds) {
    const entry = seed.entry!;
    const slot = slots.get(entry.kind) ?? 0;
    slots.set(entry.kind, slot + 1);
    const text = new TextDecoder().decode(seed.bytes);
    for (let k = 0; k < factor; k++) {
      const copy =
        k === 0
          ? { text, entry }
          : entry.kind === 'budget-fascicle'
            ? renumberFascicle(text, entry, k)
            : renumberCommissionDoc(text, entry, k, slot);
      const data = k === 0 ? seed.bytes : new TextEncoder().encode(copy.text);
      const file = k === 0 ? seed.file : seed.file.replace(/\.txt$/, `.x${String(k).padStart(3, '0')}.txt`);
      writeFileSync(join(outDir, file), data);
      entries.push({ ...copy.entry, file, sha256: sha256(data) });
      bytes += data.length;
    }
  }
  const manifest = JSON.parse(readFileSync(join(seedsDir, MANIFEST), 'utf8')) as { description: string };
  writeFileSync(
    join(outDir, MANIFEST),
    JSON.stringify({ description: `${manifest.description} (scaled ×${factor} for the bench)`, seeds: entries }, null, 2) + '\n',
  );
  return { files: entries.length, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { factor: { type: 'string', default: '10' }, out: { type: 'string' }, seeds: { type: 'string', default: 'seeds' } },
  });
  const factor = Number(values.factor);
  const out = resolve(values.out ?? `/tmp/corpus-${factor}x`);
  const r = writeScaledCorpus(resolve(values.seeds), out, factor);
  console.log(`wrote ${r.files} seeds (${(r.bytes / 2 ** 20).toFixed(1)} MiB) to ${out}`);
}
