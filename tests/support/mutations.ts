/**
 * Seeded mutations of real seed bytes, for the parser fuzz test: the kinds of damage a seed can take
 * on its way from PDF to text (cut short, lines lost or doubled, rows out of order, stray bytes, another
 * encoding, CRLF, full-/half-width forms swapped, a running page header landing mid-text).
 * Everything is a pure function of (bytes, random source), so a failing case replays from its seed.
 */

/** mulberry32: tiny, fast, and the same sequence on every platform for a given 32-bit seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** One mutation: a name (printed on failure) and what it does to the bytes. */
export interface Mutation {
  name: string;
  apply: (bytes: Uint8Array, r: Random) => { bytes: Uint8Array; detail: string };
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8'); // lenient on purpose: earlier mutations may have broken the UTF-8
const lines = (b: Uint8Array) => dec.decode(b).split('\n');
const join = (ls: string[]) => enc.encode(ls.join('\n'));

/** A random run of lines [start, start+len), len ≤ max. */
function span(r: Random, total: number, max: number): [number, number] {
  const start = int(r, Math.max(total, 1));
  return [start, Math.min(total, start + 1 + int(r, max))];
}

const FULL_OFFSET = 0xff01 - 0x21;

export const mutations: readonly Mutation[] = [
  {
    name: 'truncate',
    apply: (b, r) => {
      // Anywhere, including inside a multi-byte character: a cut download does not respect UTF-8.
      const at = int(r, b.length);
      return { bytes: b.slice(0, at), detail: `at byte ${at} of ${b.length}` };
    },
  },
  {
    name: 'delete-lines',
    apply: (b, r) => {
      const ls = lines(b);
      const [s, e] = span(r, ls.length, 40);
      ls.splice(s, e - s);
      return { bytes: join(ls), detail: `lines ${s + 1}-${e}` };
    },
  },
  {
    name: 'duplicate-lines',
    apply: (b, r) => {
      const ls = lines(b);
      const [s, e] = span(r, ls.length, 40);
      ls.splice(e, 0, ...ls.slice(s, e));
      return { bytes: join(ls), detail: `lines ${s + 1}-${e}` };
    },
  },
  {
    name: 'shuffle-table-rows',
    apply: (b, r) => {
      // Table rows in these seeds are tab-separated; shuffle one run of consecutive rows (or any run if none).
      const ls = lines(b);
      const runs: [number, number][] = [];
      for (let i = 0; i < ls.length; i++) {
        if (!ls[i]!.includes('\t') && !ls[i]!.includes('|')) continue;
        let j = i;
        while (j < ls.length && (ls[j]!.includes('\t') || ls[j]!.includes('|'))) j++;
        if (j - i >= 2) runs.push([i, j]);
        i = j;
      }
      const [s, e] = runs.length ? pick(r, runs) : span(r, ls.length, 12);
      const part = ls.slice(s, e);
      for (let i = part.length - 1; i > 0; i--) {
        const k = int(r, i + 1);
        [part[i], part[k]] = [part[k]!, part[i]!];
      }
      ls.splice(s, e - s, ...part);
      return { bytes: join(ls), detail: `rows ${s + 1}-${e}` };
    },
  },
  {
    name: 'random-bytes',
    apply: (b, r) => {
      const out = new Uint8Array(b); // a copy: Buffer#slice would be a view and damage the caller's seed
      const n = 1 + int(r, 16);
      const at: number[] = [];
      for (let i = 0; i < n && out.length; i++) {
        const p = int(r, out.length);
        out[p] = int(r, 256);
        at.push(p);
      }
      return { bytes: out, detail: `${n} bytes at ${at.slice(0, 4).join(',')}${n > 4 ? '…' : ''}` };
    },
  },
  {
    name: 'insert-control-chars',
    apply: (b, r) => {
      const ls = lines(b);
      const i = int(r, ls.length);
      const junk = pick(r, ['\u0000', '\u0007', '\u001b[0m', '\ufeff', '\u200b', '\ufffd', '\u2028', '\ud800']);
      const s = ls[i]!;
      const at = int(r, s.length + 1);
      ls[i] = s.slice(0, at) + junk + s.slice(at);
      return { bytes: join(ls), detail: `U+${junk.codePointAt(0)!.toString(16)} on line ${i + 1}` };
    },
  },
  {
    name: 'encoding',
    apply: (b, r) => {
      const text = dec.decode(b);
      const which = pick(r, ['utf16le', 'utf16le-bom', 'latin1-mojibake', 'ascii-folded'] as const);
      let bytes: Uint8Array;
      if (which === 'utf16le') bytes = Buffer.from(text, 'utf16le');
      else if (which === 'utf16le-bom') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      // UTF-8 read as Latin-1 and saved again as UTF-8: valid UTF-8, every Chinese character garbled.
      else if (which === 'latin1-mojibake') bytes = enc.encode(Buffer.from(b).toString('latin1'));
      // Every non-ASCII byte replaced by '?': what a careless ASCII export leaves.
      else bytes = Uint8Array.from(b, (x) => (x < 0x80 ? x : 0x3f));
      return { bytes, detail: which };
    },
  },
  {
    name: 'crlf',
    apply: (b, r) => {
      const which = pick(r, ['crlf', 'cr', 'mixed'] as const);
      const ls = lines(b);
      const text =
        which === 'crlf' ? ls.join('\r\n') : which === 'cr' ? ls.join('\r') : ls.map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join('');
      return { bytes: enc.encode(text), detail: which };
    },
  },
  {
    name: 'width-swap',
    apply: (b, r) => {
      // Full-width ASCII forms (１２．３) for half-width ones in part of the text, or the other way round.
      const ls = lines(b);
      const [s, e] = span(r, ls.length, 200);
      const toFull = r() < 0.5;
      for (let i = s; i < e; i++) {
        ls[i] = toFull
          ? ls[i]!.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_OFFSET)).replace(/ /g, '\u3000')
          : ls[i]!.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_OFFSET)).replace(
              /[，。：；（）]/g,
              (c) => ({ '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')' })[c]!,
            );
      }
      return { bytes: join(ls), detail: `${toFull ? 'to full' : 'to half'} width, lines ${s + 1}-${e}` };
    },
  },
  {
    name: 'page-header-moved',
    apply: (b, r) => {
      // A running header or footer is a short line the seed repeats; drop copies of one into random places.
      const ls = lines(b);
      const counts = new Map<string, number>();
      for (const l of ls) if (l.trim() && l.length < 80) counts.set(l, (counts.get(l) ?? 0) + 1);
      const repeated = [...counts].filter(([, n]) => n >= 2).map(([l]) => l);
      const header = repeated.length ? pick(r, repeated) : 'V.22-22288 2/4';
      const n = 1 + int(r, 3);
      const at: number[] = [];
      for (let k = 0; k < n; k++) {
        const i = int(r, ls.length + 1);
        ls.splice(i, 0, header);
        at.push(i + 1);
      }
      return { bytes: join(ls), detail: `${JSON.stringify(header)} at lines ${at.join(',')}` };
    },
  },
  {
    name: 'split-line',
    apply: (b, r) => {
      // A line broken mid-sentence, as the PDF conversion sometimes does at a column edge.
      const ls = lines(b);
      const i = int(r, ls.length);
      const s = ls[i]!;
      const at = int(r, s.length + 1);
      ls.splice(i, 1, s.slice(0, at), s.slice(at));
      return { bytes: join(ls), detail: `line ${i + 1} at char ${at}` };
    },
  },
];

/** Applies 1–3 random mutations in sequence; returns the bytes and a description of each step. */
export function mutate(bytes: Uint8Array, seed: number): { bytes: Uint8Array; steps: string[] } {
  const r = rng(seed);
  const n = 1 + int(r, 3);
  const steps: string[] = [];
  let out = bytes;
  for (let k = 0; k < n; k++) {
    const m = pick(r, mutations);
    const res = m.apply(out, r);
    out = res.bytes;
    steps.push(`${m.name} (${res.detail})`);
  }
  return { bytes: out, steps };
}

/** A line lost from the middle of a numbered run, and where its successor now stands (1-based). */
export interface NumberedLoss {
  bytes: Uint8Array;
  /** The line the next item stands on once the item is gone (its old line number). */
  line: number;
  /** The lost line as it was printed. */
  lost: string;
}

/** `N. label\tcells…` (a deliverables item row) or `16.N text` (a numbered paragraph): the numbering key and number. */
const NUMBERED: Record<'deliverable' | 'paragraph', (l: string) => { key: string; n: number } | null> = {
  deliverable: (l) => {
    const m = /^(\d{1,2})\. [^\t]+\t/.exec(l);
    return m ? { key: 'item', n: Number(m[1]) } : null;
  },
  paragraph: (l) => {
    const m = /^[\s-]*(\d{1,2})\.(\d{1,3})\s+\S/.exec(l);
    return m && !l.includes('\t') ? { key: m[1]!, n: Number(m[2]) } : null;
  },
};

/**
 * Deletes one item numbered N whose neighbours in the text are N-1 and N+1 (so the loss leaves a gap, 3 → 5);
 * `keep` may refuse candidates (for example rows whose loss no printed total could reveal). Null if none fits.
 */
export function deleteMiddleNumbered(
  bytes: Uint8Array,
  r: Random,
  kind: 'deliverable' | 'paragraph',
  keep: (line: string) => boolean = () => true,
): NumberedLoss | null {
  const ls = lines(bytes);
  const read = NUMBERED[kind];
  const numbered = ls.flatMap((l, i) => {
    const x = read(l);
    return x ? [{ i, ...x }] : [];
  });
  const middle = numbered.filter((x, k) => {
    const [a, b] = [numbered[k - 1], numbered[k + 1]];
    return a && b && a.key === x.key && b.key === x.key && a.n === x.n - 1 && b.n === x.n + 1 && keep(ls[x.i]!);
  });
  if (middle.length === 0) return null;
  const { i } = pick(r, middle);
  const lost = ls[i]!;
  ls.splice(i, 1);
  // The next item's line moves up by one; report where the parser will meet the gap.
  const next = numbered.find((x) => x.i > i)!;
  return { bytes: join(ls), line: next.i, lost };
}
