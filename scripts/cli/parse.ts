/**
 * `npm run parse -- --seeds <dir> --out <dir>`: parses every seed and writes the collections.
 * All problems are printed; any error means exit 1 and the output folder is left as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectionNames } from '../../core/schemas/collections.ts';
import { readSeedFolder } from '../pipeline/seeds.ts';
import { runPipeline } from '../pipeline/run.ts';
import { formatReport } from '../pipeline/report.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content' },
    quiet: { type: 'boolean', default: false },
  },
});
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);

const folder = readSeedFolder(seedsDir);
const out = runPipeline(folder.seeds);
out.problems.unshift(...folder.problems);

const report = formatReport(out);
const errors = out.problems.filter((p) => p.severity === 'error');
if (!values.quiet || errors.length) console.log(report);

if (errors.length) {
  console.error(`\nparse failed: ${errors.length} error(s); ${outDir} left unchanged.`);
  process.exit(1);
}

// Write into a sibling folder, then swap it in: a reader never sees half of one run and half of another.
const tmp = `${outDir}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
for (const name of collectionNames) {
  writeFileSync(`${tmp}/${name}.json`, JSON.stringify(out.collections[name], null, 1) + '\n');
}
writeFileSync(`${tmp}/report.json`, JSON.stringify({ coverage: out.coverage, problems: out.problems }, null, 1) + '\n');
mkdirSync(dirname(outDir), { recursive: true });
const old = `${outDir}.old-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, old);
renameSync(tmp, outDir);
rmSync(old, { recursive: true, force: true });
console.log(`\nwrote ${collectionNames.length} collections to ${outDir}`);
