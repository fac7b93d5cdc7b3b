/**
 * Bad input through the real CLI: each case gives one clear message with file and line, a non-zero exit,
 * and leaves the previous output untouched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sha256 } from '../../scripts/pipeline/seeds.ts';
import type { Manifest } from '../../core/schemas/manifest.ts';

const root = resolve(import.meta.dirname, '../..');
const seeds = join(root, 'seeds');
const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as Manifest;

/** A seeds folder holding one seed (as given bytes) and a manifest entry for it with a matching hash. */
function folderWith(file: string, bytes: Uint8Array | null, opts: { hash?: boolean } = {}): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  const entry = manifest.seeds.find((s) => s.file === file)!;
  const data = bytes ?? readFileSync(join(seeds, file));
  writeFileSync(join(dir, file), data);
  const withHash = opts.hash === false ? entry : { ...entry, sha256: sha256(data) };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, seeds: [withHash] }));
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'previous.json'), '"previous run"');
  return { dir, out };
}

function parse(dir: string, out: string) {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/cli/parse.ts'), '--seeds', dir, '--out', out],
    { encoding: 'utf8' },
  );
  return { status: r.status, output: r.stdout + r.stderr };
}

const fascicle = '000_cd0c42d1527a0344.txt';
const original = () => readFileSync(join(seeds, fascicle));

describe('parse CLI on bad input', () => {
  test('an empty file', () => {
    const { dir, out } = folderWith(fascicle, new Uint8Array());
    const r = parse(dir, out);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`${fascicle}:0: error [empty-file]`);
    expect(readdirSync(out)).toEqual(['previous.json']);
  });

  test('a file in another encoding (UTF-16)', () => {
    const text = original().toString('utf8').slice(0, 2000);
    const utf16 = Buffer.from('\ufeff' + text, 'utf16le');
    const { dir, out } = folderWith(fascicle, utf16);
    const r = parse(dir, out);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(new RegExp(`${fascicle}:\\d+: error \\[(not-utf8|binary-content)\\]`));
  });

  test('a seed edited after the manifest was written', () => {
    const bytes = Buffer.concat([original(), Buffer.from('\n多出的一行\n')]);
    const { dir, out } = folderWith(fascicle, bytes, { hash: false });
    const r = parse(dir, out);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`${fascicle}:0: error [seed-changed]`);
    expect(existsSync(join(out, 'previous.json'))).toBe(true);
  });

  test('a seed the manifest does not describe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    copyFileSync(join(seeds, fascicle), join(dir, 'new.txt'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, seeds: [] }));
    const r = parse(dir, join(dir, 'out'));
    expect(r.status).toBe(1);
    expect(r.output).toContain('new.txt:0: error [not-in-manifest]');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test('a truncated document fails with a line number, output untouched', () => {
    const lines = original().toString('utf8').split('\n');
    const cut = Buffer.from(lines.slice(0, Math.floor(lines.length / 3)).join('\n'));
    const { dir, out } = folderWith(fascicle, cut);
    const r = parse(dir, out);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(new RegExp(`${fascicle}:[1-9]\\d*: error`));
    expect(readdirSync(out)).toEqual(['previous.json']);
  });

  test('a deliverables row deleted from the middle of a table fails with its line, not as a source error', () => {
    const lines = original().toString('utf8').split('\n');
    const at = lines.findIndex((l) => /^6\. 大会\(第三委员会\)关于腐败和经济犯罪事项的会议\t/.test(l));
    expect(at).toBeGreaterThan(0);
    const { dir, out } = folderWith(fascicle, Buffer.from([...lines.slice(0, at), ...lines.slice(at + 1)].join('\n')));
    const r = parse(dir, out);
    expect(r.status).toBe(1);
    // Item 7 now follows item 5, on the line where item 6 stood.
    expect(r.output).toContain(`${fascicle}:${at + 1}: error [deliverable-number-gap] table 16.13: item 7 follows item 5; expected item 6`);
    expect(r.output).not.toMatch(/实质性会议服务\(3 小时会议次数\)" does not equal/);
    expect(readdirSync(out)).toEqual(['previous.json']);
  });

  test('a text that is not of its manifest kind', () => {
    const { dir, out } = folderWith(fascicle, Buffer.from('这是一份与预算无关的文本。\n第二行。\n'));
    const r = parse(dir, out);
    expect(r.status).toBe(1);
    expect(r.output).toContain(`${fascicle}:1: error [kind-mismatch]`);
  });
});
