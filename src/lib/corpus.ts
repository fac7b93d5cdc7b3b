/** All collections as plain records, loaded once per build from Astro's content layer. */
import { getCollection } from 'astro:content';
import { collectionNames, type Collections } from '../../core/schemas/collections.ts';
import { createLinker, type Linker } from './linkify.ts';
import { chapterResolver } from '../../core/chapters.ts';
import { corpusInReaderOrder } from './reader-order.ts';

let cached: Promise<Collections> | undefined;

export function loadCorpus(): Promise<Collections> {
  cached ??= (async () => {
    const entries = await Promise.all(collectionNames.map(async (name) => [name, (await getCollection(name)).map((e) => e.data)] as const));
    return Object.fromEntries(entries) as unknown as Collections;
  })();
  return cached;
}

let resolver: Promise<(url: string) => string> | undefined;

/** Whole-document anchor URL → the chapter page that holds the anchor (long documents), built once per build. */
export function loadChapterResolver(): Promise<(url: string) => string> {
  resolver ??= loadCorpus().then((c) => chapterResolver(c.documents));
  return resolver;
}

let linker: Promise<Linker> | undefined;

/** The text linker over the whole corpus, built once per build. */
export function loadLinker(): Promise<Linker> {
  linker ??= loadCorpus().then(createLinker);
  return linker;
}

let ordered: Promise<Collections> | undefined;

/** The corpus in reader order (reader-order.ts), as the open data lists it. */
export function loadCorpusInReaderOrder(): Promise<Collections> {
  ordered ??= loadCorpus().then(corpusInReaderOrder);
  return ordered;
}
