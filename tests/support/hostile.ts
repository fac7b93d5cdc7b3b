/**
 * A hostile corpus for the safety test: copies of real seeds (a budget fascicle and a Commission report)
 * with text that looks like HTML or script inserted into running paragraph text and into a table cell.
 * A site built from it must show that text as text and run none of it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, readSeedFolder, sha256 } from '../../scripts/pipeline/seeds.ts';
import type { ManifestEntry } from '../../core/schemas/manifest.ts';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  link: '[点击](javascript:alert(1))',
} as const;
const payload = ` ${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.link}`;

export interface HostileInsertion {
  file: string;
  line: number;
  where: 'paragraph' | 'table-cell';
}

/** Appends the payload to the first numbered paragraph and to the first text cell of a tab-separated table row. */
export function makeHostile(text: string): { text: string; insertions: Omit<HostileInsertion, 'file'>[] } {
  const lines = text.split('\n');
  const insertions: Omit<HostileInsertion, 'file'>[] = [];
  const para = lines.findIndex((l) => /^[-\s]*(?:\d{1,2}\.\d{1,3}|\d{1,3}\.)\s+\S{20,}/.test(l));
  if (para >= 0) {
    lines[para] += payload;
    insertions.push({ line: para + 1, where: 'paragraph' });
  }
  const row = lines.findIndex((l) => /^[^\t]+\t[^\t\d][^\t]{4,}/u.test(l) && /\p{Script=Han}/u.test(l.split('\t')[1]!));
  if (row >= 0) {
    const cells = lines[row]!.split('\t');
    cells[1] += payload;
    lines[row] = cells.join('\t');
    insertions.push({ line: row + 1, where: 'table-cell' });
  }
  return { text: lines.join('\n'), insertions };
}

/** Writes hostile copies of the seeds whose kinds are listed (first seed of each kind) and their manifest. */
export function writeHostileCorpus(seedsDir: string, outDir: string, kinds = ['budget-fascicle', 'ed-report']): HostileInsertion[] {
  const folder = readSeedFolder(seedsDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const entries: ManifestEntry[] = [];
  const all: HostileInsertion[] = [];
  for (const kind of kinds) {
    const seed = folder.seeds.find((s) => s.entry?.kind === kind);
    if (!seed) throw new Error(`no seed of kind ${kind}`);
    const { text, insertions } = makeHostile(new TextDecoder().decode(seed.bytes));
    const bytes = new TextEncoder().encode(text);
    writeFileSync(join(outDir, seed.file), bytes);
    entries.push({ ...seed.entry!, sha256: sha256(bytes) });
    all.push(...insertions.map((i) => ({ ...i, file: seed.file })));
  }
  const manifest = JSON.parse(readFileSync(join(seedsDir, MANIFEST), 'utf8')) as { description: string };
  writeFileSync(join(outDir, MANIFEST), JSON.stringify({ ...manifest, seeds: entries }, null, 2) + '\n');
  return all;
}
