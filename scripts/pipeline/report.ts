/** The coverage and reconciliation report the build prints. */
import { collectionNames } from '../../core/schemas/collections.ts';
import { formatProblem } from '../lib/problems.ts';
import type { PipelineOutput } from './run.ts';

export function formatReport(out: PipelineOutput): string {
  const lines: string[] = [];
  lines.push('Coverage');
  for (const f of out.coverage) {
    lines.push(`  ${f.symbol} (${f.file})`);
    for (const c of f.lines) {
      const mark = c.placed === c.found ? 'ok' : c.reconciliation ? `${c.found - c.placed} mismatch(es): source discrepancies` : 'UNPLACED';
      lines.push(`    ${c.what.padEnd(34)} ${String(c.placed).padStart(6)} / ${String(c.found).padEnd(6)} ${mark}`);
    }
  }
  lines.push('', 'Records');
  for (const name of collectionNames) lines.push(`  ${name.padEnd(20)} ${String(out.collections[name].length).padStart(6)}`);
  lines.push('', 'Citations by document and precision (where each links)');
  for (const row of citationCounts(out))
    lines.push(
      `  ${row.document.padEnd(42)} ${Object.entries(row.byPrecision)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  const d = out.collections.discrepancies;
  lines.push('', `Source discrepancies (shown on the site, not corrected): ${d.length}`);
  for (const x of d) {
    const values = x.printed !== null || x.computed !== null ? ` printed ${x.printed ?? '—'}, computed ${x.computed ?? '—'}` : '';
    lines.push(`  ${x.document}${x.table ? ` ${x.table.split('/').pop()}` : ''} line ${x.line}: [${x.kind}] ${x.description}${values}`);
  }
  const errors = out.problems.filter((p) => p.severity === 'error');
  const warnings = out.problems.filter((p) => p.severity === 'warning');
  lines.push('', `Problems: ${errors.length} error(s), ${warnings.length} warning(s)`);
  for (const p of [...errors, ...warnings]) lines.push(`  ${formatProblem(p)}`);
  return lines.join('\n');
}

/** Citations of resolutions and of symbols, per citing document, counted by the precision of their link. */
export function citationCounts(out: PipelineOutput): { document: string; byPrecision: Record<string, number> }[] {
  const rows = new Map<string, Record<string, number>>();
  const count = (document: string, precision: string) => {
    const row = rows.get(document) ?? {};
    row[precision] = (row[precision] ?? 0) + 1;
    rows.set(document, row);
  };
  for (const r of out.collections.resolutions) for (const c of r.citations) count(c.document, c.precision);
  for (const s of out.collections.citedDocuments) for (const c of s.citations) count(c.document, c.precision);
  return [...rows].map(([document, byPrecision]) => ({ document, byPrecision: Object.fromEntries(Object.entries(byPrecision).sort()) }));
}
