/**
 * Fixture-folder harness: each folder under tests/fixtures/<group>/ holds `input.txt` (cut from a real seed)
 * and the golden `expected.json` of what the function under test returns for it. `vitest -u` rewrites
 * the goldens; read the diff before committing it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

export const fixturesRoot = resolve(import.meta.dirname, '../fixtures');

/** Runs `fn` on every fixture of a group and compares its JSON with the golden file. */
export function fixtureTests(group: string, fn: (input: string, caseName: string) => unknown): void {
  const dir = join(fixturesRoot, group);
  if (!existsSync(dir)) throw new Error(`no fixture folder ${dir}`);
  for (const name of readdirSync(dir).sort()) {
    const input = join(dir, name, 'input.txt');
    if (!existsSync(input)) continue;
    test(`${group}/${name}`, async () => {
      const out = fn(readFileSync(input, 'utf8'), name);
      await expect(JSON.stringify(out, null, 2) + '\n').toMatchFileSnapshot(join(dir, name, 'expected.json'));
    });
  }
}
