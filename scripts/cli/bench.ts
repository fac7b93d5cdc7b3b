/**
 * `npm run bench`: prints figures, asserts nothing. Parse time of the corpus (median of several runs),
 * records per second, peak memory, and the size of the written collections.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readSeedFolder } from '../pipeline/seeds.ts';
import { runPipeline } from '../pipeline/run.ts';
import { collectionNames } from '../schemas/collections.ts';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const folder = readSeedFolder(values.seeds);
const bytes = folder.seeds.reduce((n, s) => n + s.bytes.length, 0);

const times: number[] = [];
let out = runPipeline(folder.seeds);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  out = runPipeline(folder.seeds);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
const records = collectionNames.reduce((n, c) => n + out.collections[c].length, 0);
const json = collectionNames.reduce((n, c) => n + JSON.stringify(out.collections[c]).length, 0);

const rows: [string, string][] = [
  ['seeds', `${folder.seeds.length} files, ${(bytes / 1024).toFixed(0)} KiB`],
  ['parse (median of ' + runs + ')', `${median.toFixed(1)} ms`],
  ['parse min / max', `${times[0]!.toFixed(1)} / ${times.at(-1)!.toFixed(1)} ms`],
  ['records', `${records} (${(records / (median / 1000)).toFixed(0)} per second)`],
  ['collections JSON', `${(json / 1024).toFixed(0)} KiB`],
  ['peak RSS', `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`],
  ['node', process.version],
];
const w = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
