/** The whole parse: seeds in, validated collections, a coverage report and every problem out. No I/O here. */
import { collectionNames, collectionSchemas, emptyCollections, type Collections } from '../../core/schemas/collections.ts';
import type { Problem } from '../../core/schemas/problem.ts';
import { decodeSeed, type SourceText } from '../lib/source.ts';
import { slug } from '../../core/permalinks.ts';
import { splitJointSymbol } from '../../core/references.ts';
import { detectKind, parsers } from '../kinds/index.ts';
import type { CoverageLine, DocumentMeta, DocumentRecords } from '../kinds/types.ts';
import { buildReferences } from './references.ts';
import { applyChapters } from './chapters.ts';
import type { SeedFile } from './seeds.ts';

export interface FileCoverage {
  file: string;
  symbol: string;
  lines: CoverageLine[];
}

export interface PipelineOutput {
  collections: Collections;
  coverage: FileCoverage[];
  problems: Problem[];
}

export function metaFor(seed: SeedFile): DocumentMeta | null {
  if (!seed.entry) return null;
  const symbols = splitJointSymbol(seed.entry.symbol);
  return { ...seed.entry, symbols, documentId: slug(symbols[0]!) };
}

export function runPipeline(seeds: SeedFile[]): PipelineOutput {
  const problems: Problem[] = [];
  const coverage: FileCoverage[] = [];
  const merged = emptyCollections();
  const metas: DocumentMeta[] = [];
  const sources: SourceText[] = [];

  for (const seed of seeds) {
    const meta = metaFor(seed);
    if (!meta) continue; // reported by readSeedFolder
    const decoded = decodeSeed(seed.file, seed.bytes);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      continue;
    }
    const text = decoded.source.lines.map((l) => l.text).join('\n');
    const detected = detectKind(text);
    if (detected !== meta.kind) {
      problems.push({
        file: seed.file,
        line: 1,
        severity: 'error',
        code: 'kind-mismatch',
        message: detected
          ? `manifest says kind ${meta.kind}, but the text reads as ${detected}`
          : `manifest says kind ${meta.kind}, but the text has none of that genre's marks (title page of a ${meta.kind})`,
      });
      continue;
    }
    metas.push(meta);
    sources.push(decoded.source);
    let out;
    try {
      out = parsers[meta.kind]({ source: decoded.source, meta });
    } catch (e) {
      // A parser must return problems, not throw; if one does, the build still names the file.
      problems.push({
        file: seed.file,
        line: 0,
        severity: 'error',
        code: 'parser-crashed',
        message: `parser threw: ${(e as Error).stack ?? String(e)}`,
      });
      continue;
    }
    problems.push(...out.problems);
    coverage.push({ file: seed.file, symbol: meta.symbol, lines: out.coverage });
    appendRecords(merged, out.records);
    if (meta.symbolSource === 'inferred') {
      merged.discrepancies.push({
        id: `${meta.documentId}/symbol/0`,
        document: meta.symbol,
        documentId: meta.documentId,
        kind: 'symbol',
        table: null,
        line: 0,
        description: `Symbol not printed in the text: inferred by the editors. ${meta.symbolNote ?? ''}`.trim(),
        printed: null,
        computed: meta.symbol,
      });
    }
  }

  const { resolutions: _r, citedDocuments: _c, ...docRecords } = merged;
  const refs = buildReferences(docRecords, metas, sources);
  merged.resolutions = refs.resolutions;
  merged.citedDocuments = refs.citedDocuments;
  merged.discrepancies.push(...refs.discrepancies);
  merged.discrepancies = distinctDiscrepancies(merged.discrepancies);
  problems.push(...refs.problems);
  problems.push(...unplacedCitations(merged, metas));

  // Long documents become chapter pages; record URLs point straight at the chapter that holds their anchor.
  const collections = applyChapters(merged);
  problems.push(...validate(collections, metas));
  return { collections, coverage, problems };
}

/**
 * Several checks can report on one line (`<doc>/<kind>/<line>` ids): the same finding twice is kept once,
 * different findings get `-2`, `-3` … in the order they were found, so ids stay unique and stable.
 */
export function distinctDiscrepancies(all: Collections['discrepancies']): Collections['discrepancies'] {
  const seen = new Set<string>();
  const ids = new Map<string, number>();
  const out: Collections['discrepancies'] = [];
  for (const d of all) {
    const finding = JSON.stringify([d.documentId, d.kind, d.table, d.line, d.printed, d.computed]);
    if (seen.has(finding)) continue;
    seen.add(finding);
    const n = (ids.get(d.id) ?? 0) + 1;
    ids.set(d.id, n);
    out.push(n === 1 ? d : { ...d, id: `${d.id}-${n}` });
  }
  return out;
}

/** A citation that links only to its document's top is an error: every reference is printed somewhere finer. */
function unplacedCitations(collections: Collections, metas: DocumentMeta[]): Problem[] {
  const file = (documentId: string) => metas.find((m) => m.documentId === documentId)?.file ?? documentId;
  const all = [
    ...collections.resolutions.flatMap((r) => r.citations.map((c) => ({ c, what: `${r.body} ${r.kind} ${r.number}` }))),
    ...collections.citedDocuments.flatMap((s) => s.citations.map((c) => ({ c, what: s.symbol }))),
  ];
  return all
    .filter(({ c }) => c.precision === 'document')
    .map(({ c, what }) => ({
      file: file(c.documentId),
      line: c.line,
      severity: 'error' as const,
      code: 'citation-without-place',
      message: `${what} is cited here but its citation has no paragraph, footnote, row, entry or block to link to; expected every citation to have a place`,
    }));
}

function appendRecords(into: Collections, from: DocumentRecords): void {
  for (const name of Object.keys(from) as (keyof DocumentRecords)[]) {
    (into[name] as unknown[]).push(...(from[name] as unknown[]));
  }
}

/** Every record against its schema, and ids unique within each collection. */
function validate(collections: Collections, metas: DocumentMeta[]): Problem[] {
  const problems: Problem[] = [];
  // Point a bad record at its seed and line where it has them, so the message leads to the source.
  const where = (r: { documentId?: string; line?: number; lines?: [number, number] }) => ({
    file: metas.find((m) => m.documentId === r.documentId)?.file,
    line: r.line ?? r.lines?.[0] ?? 0,
  });
  for (const name of collectionNames) {
    const seen = new Set<string>();
    for (const [i, record] of (
      collections[name] as { id?: string; documentId?: string; line?: number; lines?: [number, number] }[]
    ).entries()) {
      const parsed = collectionSchemas[name].safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const at = where(record);
        problems.push({
          file: at.file ?? name,
          line: at.line,
          severity: 'error',
          code: 'schema',
          message: `record ${record.id ?? i} of ${name}: ${issue.path.join('.')}: ${issue.message}`,
        });
      }
      if (record.id !== undefined) {
        if (seen.has(record.id))
          problems.push({
            file: name,
            line: 0,
            severity: 'error',
            code: 'duplicate-id',
            message: `two records of ${name} have id ${record.id}`,
          });
        seen.add(record.id);
      }
    }
  }
  return problems;
}
