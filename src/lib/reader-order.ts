/**
 * Records in reader order. Astro's content layer hands a collection back sorted by id as text (16.10 before
 * 16.2, CCPCJ before the General Assembly); the pipeline wrote content/ in the order a reader meets the records
 * (paragraphs, rows and mandate entries as printed, resolutions in the UN's order of bodies and by number).
 * The open data keeps that order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName, Collections } from '../../core/schemas/collections.ts';
import { contentDir } from './content-dir.ts';

/** `records` ordered as `ids` lists them; a record `ids` does not hold keeps its place after them. */
export function inOrderOf<T extends { id: string }>(records: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const at = (r: T) => rank.get(r.id) ?? ids.length;
  return records
    .map((r, i) => ({ r, i }))
    .sort((a, b) => at(a.r) - at(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** The ids of a collection in the order the pipeline wrote them (the folder src/content.config.ts loads). */
function writtenIds(name: CollectionName): string[] {
  return (JSON.parse(readFileSync(join(contentDir, `${name}.json`), 'utf8')) as { id: string }[]).map((r) => r.id);
}

/** Every collection of the corpus in reader order. */
export function corpusInReaderOrder(corpus: Collections): Collections {
  const ordered = Object.entries(corpus).map(([name, records]) => [
    name,
    inOrderOf(records as { id: string }[], writtenIds(name as CollectionName)),
  ]);
  return Object.fromEntries(ordered) as Collections;
}
