/**
 * `npm run bench`: prints figures, asserts nothing. Never touches content/ or dist/: every corpus is
 * parsed and built into a work folder of its own (default /tmp/unodc-bench).
 *
 *   npm run bench                                   seeds only: parse, build, page weights, search timings, Lighthouse
 *   npm run bench -- --scale 1,10,100               also the generated 10× and 100× corpora (bench/scale.ts)
 *   npm run bench -- --no-lighthouse --runs 3       skip Lighthouse; parse-time runs
 *   npm run bench -- --json /tmp/bench.json         also write every figure as JSON
 *
 * Figures: parse time (in-process median, and the CLI), Astro build and search indexing time, pages per
 * second, peak memory of each step (GNU time: max RSS of the largest process in the step), dist/ size, gzipped
 * HTML + CSS + JS per page type (median and max), Pagefind index size, bytes and time of a typical search
 * and a lookup by number in headless chromium (cold and warm), Lighthouse mobile scores per page type.
 * The other benchmarks of this folder named search*.ts (bench/search.ts) are run at the end.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { readSeedFolder } from '../scripts/pipeline/seeds.ts';
import { runPipeline } from '../scripts/pipeline/run.ts';
import { collectionNames } from '../core/schemas/collections.ts';
import { buildSite, indexSite, parseCorpus, root, run } from '../tests/support/build-corpus.ts';
import { writeScaledCorpus } from './scale.ts';
import { dirBytes, pageWeights, representativePages, summarizeWeights, type TypeSummary } from './page-weight.ts';
import { serveFolder } from '../tests/support/serve.ts';
import { searchTimings, type SearchTimings } from './browser-timing.ts';
import { lighthouse, type LighthouseResult } from './lighthouse.ts';
import { landingHead, landingRows, landingUrls, measureLanding, type LandingResult } from './landing.ts';
import { chromiumPath } from '../tests/support/chromium.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    scale: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    work: { type: 'string', default: '/tmp/unodc-bench' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    /** Only the paragraph permalink of the largest document (bench/landing.ts; skips the page types and search timings). */
    'landing-only': { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const seedsDir = resolve(values.seeds);
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
const factors = values.scale
  .split(',')
  .map(Number)
  .filter((n) => n >= 1);

const kib = (b: number) => `${(b / 1024).toFixed(b < 10240 ? 1 : 0)} KiB`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  console.log(`\n## ${title}\n`);
  console.log(`| ${head.map((h, i) => h.padEnd(w[i]!)).join(' | ')} |`);
  console.log(`| ${w.map((n) => '-'.repeat(n)).join(' | ')} |`);
  for (const r of rows) console.log(`| ${r.map((c, i) => String(c).padEnd(w[i]!)).join(' | ')} |`);
}

// ---- machine
const machine = {
  cpu: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
  memory: mib(totalmem()),
  os: `${platform()} ${release()}`,
  node: process.version,
  chromium: (() => {
    const r = run(chromiumPath, ['--version']);
    return (
      r.output
        .split('\n')
        .find((l) => /Chromium/.test(l))
        ?.trim() ?? '?'
    );
  })(),
  date: new Date().toISOString(),
};
table('Machine', ['what', 'value'], Object.entries(machine));

// ---- parse, in process (the pipeline alone, no I/O)
{
  const folder = readSeedFolder(seedsDir);
  const bytes = folder.seeds.reduce((n, s) => n + s.bytes.length, 0);
  const runs = Number(values.runs);
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
  table(
    'Parse of the seeds, in process',
    ['what', 'value'],
    [
      ['seeds', `${folder.seeds.length} files, ${kib(bytes)}`],
      [`parse (median of ${runs})`, ms(median)],
      ['parse min / max', `${ms(times[0]!)} / ${ms(times.at(-1)!)}`],
      ['records', `${records} (${(records / (median / 1000)).toFixed(0)} per second)`],
      ['throughput', `${(bytes / 2 ** 20 / (median / 1000)).toFixed(1)} MiB of text per second`],
    ],
  );
}

// ---- full builds, one per scale factor
interface ScaleResult {
  factor: number;
  seeds: number;
  seedBytes: number;
  records: number;
  parseMs: number;
  parseKiB: number | null;
  buildMs: number;
  buildKiB: number | null;
  indexMs: number;
  indexKiB: number | null;
  pages: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
  shards: ShardFigures;
  contentBytes: number;
  weights: TypeSummary[];
  search?: SearchTimings;
  lighthouse?: Record<string, LighthouseResult>;
  failed?: string;
  /** A paragraph permalink on the largest document: as records publish it, and the whole-document form of it. */
  landing?: LandingResult[];
}

interface ShardFigures {
  gzip: number;
  files: number;
  meta: number;
  buckets: number;
  bucketMedian: number;
  bucketMax: number;
  chunks: number;
  chunkMedian: number;
  chunkMax: number;
}

/** Gzipped sizes of the sharded paragraph index a build wrote. */
function shardFigures(dist: string): ShardFigures {
  const dir = join(dist, 'search/shards');
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const sizes = (sub: string) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => gz(join(dir, sub, f))) : []);
  const g = sizes('g').sort((a, b) => a - b);
  const t = sizes('t').sort((a, b) => a - b);
  const meta = existsSync(join(dir, 'meta.json')) ? gz(join(dir, 'meta.json')) : 0;
  const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0;
  return {
    gzip: meta + g.reduce((a, b) => a + b, 0) + t.reduce((a, b) => a + b, 0),
    files: g.length + t.length + 1,
    meta,
    buckets: g.length,
    bucketMedian: mid(g),
    bucketMax: g.at(-1) ?? 0,
    chunks: t.length,
    chunkMedian: mid(t),
    chunkMax: t.at(-1) ?? 0,
  };
}

const results: ScaleResult[] = [];

for (const factor of factors) {
  const dir = join(work, `${factor}x`);
  const seeds = factor === 1 ? seedsDir : join(dir, 'seeds');
  if (factor > 1) {
    const g = writeScaledCorpus(seedsDir, seeds, factor);
    console.log(`\n[${factor}×] generated ${g.files} seeds, ${mib(g.bytes)}`);
  }
  const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  const seedBytes = seedFiles.reduce((n, f) => n + readFileSync(join(seeds, f)).length, 0);
  console.log(`[${factor}×] parsing ${seedFiles.length} seeds…`);
  const p = parseCorpus(seeds, join(dir, 'content'));
  if (!p.ok) {
    console.log(p.output.slice(-3000));
    results.push({ factor, failed: 'parse' } as ScaleResult);
    continue;
  }
  console.log(`[${factor}×] astro build…`);
  const b = buildSite(join(dir, 'content'), join(dir, 'dist'), join(dir, 'cache'));
  if (!b.ok) {
    console.log(b.output.slice(-3000));
    results.push({ factor, failed: 'astro build' } as ScaleResult);
    continue;
  }
  console.log(`[${factor}×] search index…`);
  const x = indexSite(join(dir, 'content'), join(dir, 'dist'));
  if (!x.ok) {
    console.log(x.output.slice(-3000));
    results.push({ factor, failed: 'index' } as ScaleResult);
    continue;
  }
  const contentDir = join(dir, 'content');
  const records = collectionNames.reduce(
    (n, c) => n + (JSON.parse(readFileSync(join(contentDir, `${c}.json`), 'utf8')) as unknown[]).length,
    0,
  );
  const dist = dirBytes(join(dir, 'dist'));
  const pf = existsSync(join(dir, 'dist/pagefind')) ? dirBytes(join(dir, 'dist/pagefind')) : { bytes: 0, files: 0 };
  const weightsAll = pageWeights(join(dir, 'dist'));
  const r: ScaleResult = {
    factor,
    seeds: seedFiles.length,
    seedBytes,
    records,
    parseMs: p.ms,
    parseKiB: p.peakKiB,
    buildMs: b.ms,
    buildKiB: b.peakKiB,
    indexMs: x.ms,
    indexKiB: x.peakKiB,
    pages: weightsAll.length,
    distBytes: dist.bytes,
    distFiles: dist.files,
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
    shards: shardFigures(join(dir, 'dist')),
    contentBytes: dirBytes(contentDir).bytes,
    weights: summarizeWeights(weightsAll),
  };
  if (!values['no-browser'] || !values['no-lighthouse']) {
    const server = await serveFolder(join(dir, 'dist'), { gzip: true });
    try {
      if (factor === factors[0] && (!values['no-browser'] || !values['no-lighthouse'])) {
        r.landing = await measureLanding(server.url, landingUrls(contentDir), { lighthouse: !values['no-lighthouse'], runs: 3 });
      }
      if (!values['no-browser'] && !values['landing-only']) {
        console.log(`[${factor}×] search timings in chromium…`);
        const { launchBrowser } = await import('../tests/e2e/harness.ts');
        const browser = await launchBrowser();
        try {
          r.search = await searchTimings(browser, server, 3);
        } finally {
          await browser.close();
        }
      }
      if (!values['no-lighthouse'] && !values['landing-only'] && factor === factors[0]) {
        r.lighthouse = {};
        for (const [type, path] of representativePages(weightsAll)) {
          console.log(`[${factor}×] lighthouse ${type} ${path}…`);
          r.lighthouse[type] = await lighthouse(server.url + path);
        }
      }
    } finally {
      await server.close();
    }
  }
  results.push(r);
}

// ---- report
const ok = results.filter((r) => !r.failed);
const peak = (k: number | null) => (k === null ? '?' : mib(k * 1024));
table(
  'Full build (parse CLI + astro build + search index), per corpus size',
  [
    'corpus',
    'seeds',
    'text',
    'records',
    'parse',
    'astro build',
    'index',
    'total',
    'pages',
    'pages/s (astro)',
    'peak RSS parse / build / index',
  ],
  ok.map((r) => [
    `${r.factor}×`,
    r.seeds,
    mib(r.seedBytes),
    r.records,
    sec(r.parseMs),
    sec(r.buildMs),
    sec(r.indexMs),
    sec(r.parseMs + r.buildMs + r.indexMs),
    r.pages,
    (r.pages / (r.buildMs / 1000)).toFixed(0),
    `${peak(r.parseKiB)} / ${peak(r.buildKiB)} / ${peak(r.indexKiB)}`,
  ]),
);
for (const r of results.filter((r) => r.failed)) console.log(`\n${r.factor}×: FAILED at ${r.failed}`);

table(
  'Sharded paragraph index (/search/shards/), gzip -9 sizes: all of it, its meta file, and one gram bucket or text chunk (median / max)',
  ['corpus', 'index', 'files', 'meta.json', 'gram bucket', 'buckets', 'text chunk', 'chunks'],
  ok.map((r) => [
    `${r.factor}×`,
    mib(r.shards.gzip),
    r.shards.files,
    kib(r.shards.meta),
    `${kib(r.shards.bucketMedian)} / ${kib(r.shards.bucketMax)}`,
    r.shards.buckets,
    `${kib(r.shards.chunkMedian)} / ${kib(r.shards.chunkMax)}`,
    r.shards.chunks,
  ]),
);

table(
  'Output size, per corpus size',
  ['corpus', 'content/ JSON', 'dist/', 'dist files', 'Pagefind index', 'Pagefind files'],
  ok.map((r) => [`${r.factor}×`, mib(r.contentBytes), mib(r.distBytes), r.distFiles, mib(r.pagefindBytes), r.pagefindFiles]),
);

if (ok.length > 1) {
  const base = ok[0]!;
  table(
    `Growth relative to ${base.factor}× (1.0 = linear in corpus size)`,
    ['corpus', 'text ×', 'build time ×', 'per text ×', 'peak build RSS ×', 'dist ×', 'index ×', 'pages ×'],
    ok.slice(1).map((r) => {
      const t = r.seedBytes / base.seedBytes;
      const total = (x: ScaleResult) => x.parseMs + x.buildMs + x.indexMs;
      return [
        `${r.factor}×`,
        t.toFixed(1),
        (total(r) / total(base)).toFixed(1),
        (total(r) / total(base) / t).toFixed(2),
        r.buildKiB && base.buildKiB ? (r.buildKiB / base.buildKiB).toFixed(1) : '?',
        (r.distBytes / base.distBytes).toFixed(1),
        (r.pagefindBytes / base.pagefindBytes).toFixed(1),
        (r.pages / base.pages).toFixed(1),
      ];
    }),
  );
}

for (const r of ok) {
  table(
    `Bytes per page type, gzipped HTML + CSS + JS loaded up front (${r.factor}×)`,
    ['page type', 'pages', 'median total', 'max total', 'median HTML', 'CSS', 'JS', 'heaviest page'],
    r.weights.map((w) => [w.type, w.pages, kib(w.medianTotal), kib(w.maxTotal), kib(w.medianHtml), kib(w.css), kib(w.js), w.maxPath]),
  );
}

const withSearch = ok.filter((r) => r.search);
if (withSearch.length) {
  table(
    'Search in headless chromium (median of 3; keystroke = the input event; gzip transfer)',
    [
      'corpus',
      'search page load',
      'full text cold: first / done',
      'bytes',
      'warm: first / done',
      'bytes',
      'lookup cold: shown',
      'bytes',
      'lookup warm',
      'bytes',
    ],
    withSearch.map((r) => {
      const s = r.search!;
      return [
        `${r.factor}×`,
        kib(s.pageLoadBytes),
        `${ms(s.fullText.cold.firstMs)} / ${ms(s.fullText.cold.doneMs)}`,
        kib(s.fullText.cold.bytes),
        `${ms(s.fullText.warm.firstMs)} / ${ms(s.fullText.warm.doneMs)}`,
        kib(s.fullText.warm.bytes),
        ms(s.lookup.cold.firstMs),
        kib(s.lookup.cold.bytes),
        ms(s.lookup.warm.firstMs),
        kib(s.lookup.warm.bytes),
      ];
    }),
  );
}

if (withSearch.length) {
  table(
    'Representative queries on /search/ (median of 3; first = first query on a fresh page, warm = after another query; gzip bytes fetched by the query, of which the sharded paragraph index)',
    ['corpus', 'query', 'first: first result / done', 'bytes (index)', 'warm: first result / done', 'bytes (index)'],
    withSearch.flatMap((r) =>
      r.search!.queries.map((q) => [
        `${r.factor}×`,
        `${q.label} \`${q.query}\``,
        `${ms(q.first.firstMs)} / ${ms(q.first.doneMs)}`,
        `${kib(q.first.bytes)} (${kib(q.first.shardBytes)})`,
        `${ms(q.warm.firstMs)} / ${ms(q.warm.doneMs)}`,
        `${kib(q.warm.bytes)} (${kib(q.warm.shardBytes)})`,
      ]),
    ),
  );
}

for (const r of ok.filter((r) => r.lighthouse)) {
  const rows = Object.entries(r.lighthouse!).map(([type, l]) => [
    type,
    l.scores.performance ?? '–',
    l.scores.accessibility ?? '–',
    l.scores['best-practices'] ?? '–',
    l.scores.seo ?? '–',
    l.error
      ? `ERROR ${l.error.split('\n')[0]}`
      : l.failing
          .filter((f) => f.category !== 'performance' || (f.score ?? 0) < 0.9)
          .map((f) => `${f.id}${f.display ? ` (${f.display})` : ''}`)
          .slice(0, 5)
          .join(', '),
  ]);
  table(`Lighthouse, mobile (${r.factor}×)`, ['page type', 'perf', 'a11y', 'best practices', 'SEO', 'audits losing points'], rows);
}

for (const r of ok.filter((r) => r.landing?.length)) {
  table(
    `A paragraph permalink on the largest document (${r.factor}×): time and bytes until the paragraph is painted (chromium, applied throttling, median of 3) and Lighthouse mobile (simulated)`,
    landingHead,
    landingRows(r.landing!),
  );
}

// ---- the search developer's benchmark, when there is one
const searchBenchDir = join(root, 'bench');
if (existsSync(searchBenchDir) && !values['landing-only']) {
  for (const f of readdirSync(searchBenchDir).filter((f) => /^search.*\.ts$/.test(f))) {
    console.log(`\n## ${f}\n`);
    const s = run(join(root, 'node_modules/.bin/tsx'), [join(searchBenchDir, f)]);
    console.log(s.output.replace(/^\s*Command being timed[\s\S]*$/m, '').trim());
  }
}

if (values.json) {
  writeFileSync(values.json, JSON.stringify({ machine, results }, null, 1) + '\n');
  console.log(`\nwrote ${values.json}`);
}
