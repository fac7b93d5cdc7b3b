/**
 * Lighthouse (mobile, its default simulated throttling) on one URL, offline with Debian's chromium.
 * Runs the CLI on the project's Node (process.execPath), as the machine's own Node is too old.
 *
 * Lighthouse is not a devDependency: with its dependencies it is 157 MB, a quarter of node_modules, and 10–15 s
 * of every `npm ci` (BENCHMARKS.md), for the bench alone. The bench's first Lighthouse run installs the version
 * pinned here from the npm registry into node_modules/.cache/lighthouse, once.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../tests/support/build-corpus.ts';
import { chromiumFlags, chromiumPath } from '../tests/support/chromium.ts';

export interface LighthouseResult {
  url: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number | null>;
  /** Audits that cost points (score < 1), with their title, for finding what to fix. */
  failing: { category: string; id: string; title: string; score: number | null; display?: string | undefined; nodes: string[] }[];
  /** When the page shows its content (simulated mobile): first and largest contentful paint, and what it sent. */
  landing?: Landing;
  error?: string;
}

/** Time and bytes until the page shows what its URL names (a paragraph permalink: that paragraph in view). */
export interface Landing {
  fcpMs: number | null;
  /** Largest contentful paint: the paragraph in view, for a paragraph permalink (see lcpElement). */
  lcpMs: number | null;
  /** The element Lighthouse took as largest contentful paint. */
  lcpElement: string | null;
  /** Bytes transferred (gzip) by the whole load: an upper bound of what was sent before the paragraph showed. */
  bytes: number | null;
  /** Each request: path and transfer size. */
  requests: { url: string; bytes: number }[];
}

type Audit = {
  numericValue?: number;
  details?: {
    items?: {
      url?: string;
      transferSize?: number;
      node?: { selector?: string; snippet?: string };
      items?: { node?: { selector?: string; snippet?: string } }[];
    }[];
  };
};

/** An audit's items as a list (some audits give none, or not a list). */
const listOf = <T>(items: T[] | undefined): T[] => (Array.isArray(items) ? items : []);

function landingOf(audits: Record<string, Audit>): Landing {
  const lcpItems = listOf(audits['largest-contentful-paint-element']?.details?.items);
  const node = lcpItems[0]?.node ?? lcpItems[0]?.items?.[0]?.node;
  const requests = listOf(audits['network-requests']?.details?.items).map((i) => ({ url: i.url ?? '', bytes: i.transferSize ?? 0 }));
  return {
    fcpMs: audits['first-contentful-paint']?.numericValue ?? null,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
    // Its CSS path (which names the paragraph's id when the LCP is the paragraph or its text) and the tag.
    lcpElement: node ? `${node.selector ?? ''} ${node.snippet?.slice(0, 60) ?? ''}`.trim() : null,
    bytes: audits['total-byte-weight']?.numericValue ?? null,
    requests,
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const LIGHTHOUSE = 'lighthouse@12.8.2';
const lighthouseHome = join(root, 'node_modules/.cache/lighthouse');
let installed: Promise<string> | undefined;

/** The Lighthouse CLI's path, installing the pinned version first if it is not there yet. */
function lighthouseCli(): Promise<string> {
  const cli = join(lighthouseHome, 'node_modules/lighthouse/cli/index.js');
  installed ??= existsSync(cli)
    ? Promise.resolve(cli)
    : new Promise((ok, fail) => {
        console.log(`lighthouse: installing ${LIGHTHOUSE} from the npm registry into ${lighthouseHome} (once)`);
        const args = ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', lighthouseHome, LIGHTHOUSE];
        spawn('npm', args, { stdio: 'inherit' }).on('close', (code) =>
          code === 0 && existsSync(cli) ? ok(cli) : fail(new Error(`npm ${args.join(' ')} failed (exit ${code})`)),
        );
      });
  return installed;
}

/** Async on purpose: the site is usually served from this same process, which a blocking spawn would freeze. */
export async function lighthouse(url: string): Promise<LighthouseResult> {
  const cli = await lighthouseCli();
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  const child = spawn(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=--headless=new ${chromiumFlags.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 180_000 },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.resume();
  const status = await new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  const empty: LighthouseResult = {
    url,
    scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
    failing: [],
  };
  try {
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<
        string,
        Audit & {
          title: string;
          score: number | null;
          scoreDisplayMode: string;
          displayValue?: string;
          details?: { items?: { node?: { selector?: string; snippet?: string } }[] };
        }
      >;
      runtimeError?: { message: string };
    };
    const result: LighthouseResult = { ...empty, scores: { ...empty.scores } };
    for (const c of CATEGORIES) {
      const cat = report.categories[c];
      result.scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
      for (const ref of cat?.auditRefs ?? []) {
        const a = report.audits[ref.id];
        if (!a || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual' || a.scoreDisplayMode === 'informative')
          continue;
        if (a.score !== null && a.score < 1 && (ref.weight > 0 || c === 'performance')) {
          // The elements at fault, where the audit names them: what a page developer needs to fix it.
          const nodes = listOf(a.details?.items)
            .flatMap((i) => (i.node ? [`${i.node.selector ?? ''} ${i.node.snippet ?? ''}`.trim()] : []))
            .slice(0, 3);
          result.failing.push({ category: c, id: ref.id, title: a.title, score: a.score, display: a.displayValue, nodes });
        }
      }
    }
    result.landing = landingOf(report.audits);
    if (report.runtimeError) result.error = report.runtimeError.message;
    return result;
  } catch (e) {
    return { ...empty, error: `lighthouse failed (${status}): ${(e as Error).message}\n${stderr.slice(-1500)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
