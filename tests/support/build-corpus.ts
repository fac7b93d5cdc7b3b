/**
 * Building a corpus other than seeds/ into folders of its own, without touching content/ or dist/:
 * parse CLI → <work>/content, `astro build` with CONTENT_DIR → <work>/dist, its own Astro cache, and
 * optionally the search index. Shared by the bench, the determinism test and the safety test.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

export interface StepResult {
  ok: boolean;
  ms: number;
  output: string;
  status: number | null;
}

/** Runs a command from the project root; GNU `time -v`, when installed, reports peak memory (max RSS of the largest process in the tree). */
export function run(cmd: string, args: string[], env: Record<string, string> = {}): StepResult & { peakKiB: number | null } {
  const t0 = performance.now();
  const useTime = existsSync('/usr/bin/time');
  const r: SpawnSyncReturns<string> = spawnSync(useTime ? '/usr/bin/time' : cmd, useTime ? ['-v', cmd, ...args] : args, {
    // node_modules/.bin first: the tools' `#!/usr/bin/env node` must find the project's Node 24, not the machine's.
    cwd: root,
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const ms = performance.now() - t0;
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return { ok: r.status === 0, status: r.status, ms, output, peakKiB: peak ? Number(peak[1]) : null };
}

export function parseCorpus(seeds: string, out: string) {
  return run(bin('tsx'), [join(root, 'scripts/cli/parse.ts'), '--seeds', seeds, '--out', out, '--quiet']);
}

/**
 * `astro build` of the parse output in `content` into `outDir`, with a cache of its own (so nothing is reused from
 * another build); `env` adds variables (SITE_URL). SITE_URL is unset unless given, so a build never inherits one.
 */
export function buildSite(content: string, outDir: string, cacheDir: string, env: Record<string, string> = {}) {
  return oneBuildAtATime(() =>
    run(bin('astro'), ['build', '--outDir', outDir], { SITE_URL: '', CONTENT_DIR: content, ASTRO_CACHE_DIR: cacheDir, ...env }),
  );
}

const buildLock = join(root, 'node_modules/.cache/astro-build.lock');

/**
 * Runs `build` while holding a lock that test files in other workers wait for: every `astro build` writes the
 * project's generated types (.astro/), so two must not overlap. A lock left by a process that has died is taken over.
 */
function oneBuildAtATime<T>(build: () => T): T {
  mkdirSync(dirname(buildLock), { recursive: true });
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(buildLock);
      writeFileSync(join(buildLock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!holderAlive()) rmSync(buildLock, { recursive: true, force: true });
      else Atomics.wait(nap, 0, 0, 200);
    }
  }
  try {
    return build();
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

/** Whether the process that holds the build lock still runs (a lock without its pid yet is being taken: alive). */
function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(buildLock, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The search index of a built site: the project's indexer when present, else plain pagefind. */
export function indexSite(content: string, outDir: string) {
  const indexer = join(root, 'scripts/cli/index-search.ts');
  return existsSync(indexer)
    ? run(bin('tsx'), [indexer, '--dist', outDir], { CONTENT_DIR: content })
    : run(bin('pagefind'), ['--site', outDir]);
}

/** Every file under `dir` that `include` accepts, as paths relative to it, sorted. */
export function listFiles(dir: string, include: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const rel = relative(dir, p).split('\\').join('/');
      if (e.isDirectory()) walk(p);
      else if (include(rel)) out.push(rel);
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Files that differ between two trees: missing on either side, or different bytes (or, with `same`, bytes that
 * `same` does not accept as equal: what one build is expected to change in another, taken out).
 */
export function diffTrees(
  a: string,
  b: string,
  include?: (rel: string) => boolean,
  same: (bytesA: Buffer, bytesB: Buffer) => boolean = (x, y) => x.equals(y),
): string[] {
  const fa = listFiles(a, include);
  const fb = listFiles(b, include);
  const all = [...new Set([...fa, ...fb])].sort();
  const diffs: string[] = [];
  for (const f of all) {
    const pa = join(a, f);
    const pb = join(b, f);
    if (!existsSync(pa)) diffs.push(`${f}: only in ${b}`);
    else if (!existsSync(pb)) diffs.push(`${f}: only in ${a}`);
    else if (!same(readFileSync(pa), readFileSync(pb))) diffs.push(`${f}: bytes differ`);
  }
  return diffs;
}
