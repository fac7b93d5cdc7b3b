/** Reading a seeds folder: the manifest and the files it describes, checked against each other. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema, type ManifestEntry } from '../../core/schemas/manifest.ts';
import type { Problem } from '../../core/schemas/problem.ts';

export const MANIFEST = 'manifest.json';

/** A seed file as bytes, with its manifest entry if the manifest has one. */
export interface SeedFile {
  file: string;
  bytes: Uint8Array;
  entry: ManifestEntry | null;
}

export interface SeedFolder {
  seeds: SeedFile[];
  problems: Problem[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads `dir`: every `*.txt` plus `manifest.json`; a file the manifest does not describe, or describes wrongly, is a problem. */
export function readSeedFolder(dir: string): SeedFolder {
  const problems: Problem[] = [];
  const err = (file: string, line: number, code: string, message: string) =>
    problems.push({ file, line, severity: 'error', code, message });
  if (!existsSync(dir)) {
    err(dir, 0, 'no-seeds-folder', `seeds folder ${dir} does not exist`);
    return { seeds: [], problems };
  }
  let entries: ManifestEntry[] = [];
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) {
    err(MANIFEST, 0, 'no-manifest', `${manifestPath} is missing; expected a manifest describing each seed (symbol, kind, session, sha256)`);
  } else {
    const text = readFileSync(manifestPath, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      const pos = /position (\d+)/.exec(String(e))?.[1];
      const line = pos ? text.slice(0, Number(pos)).split('\n').length : 1;
      err(MANIFEST, line, 'bad-manifest', `manifest is not valid JSON: ${(e as Error).message}`);
    }
    if (json !== undefined) {
      const parsed = manifestSchema.safeParse(json);
      if (parsed.success) entries = parsed.data.seeds;
      else
        for (const issue of parsed.error.issues)
          err(MANIFEST, 0, 'bad-manifest', `manifest field ${issue.path.join('.')}: ${issue.message}`);
    }
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seeds: SeedFile[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, file));
    } catch (e) {
      err(file, 0, 'unreadable', `cannot read file: ${(e as Error).message}`);
      continue;
    }
    const entry = entries.find((e) => e.file === file) ?? null;
    if (!entry)
      err(
        file,
        0,
        'not-in-manifest',
        `no entry for this file in ${MANIFEST}; add one with its symbol, kind, session, year and sha256 (${sha256(bytes)})`,
      );
    else if (entry.sha256 !== sha256(bytes))
      err(
        file,
        0,
        'seed-changed',
        `file differs from the manifest (sha256 ${sha256(bytes)}, manifest has ${entry.sha256}); seeds are kept byte for byte: restore the file or update the manifest entry`,
      );
    seeds.push({ file, bytes, entry });
  }
  for (const e of entries)
    if (!files.includes(e.file)) err(MANIFEST, 0, 'missing-seed', `manifest lists ${e.file}, which is not in ${dir}`);
  return { seeds, problems };
}
