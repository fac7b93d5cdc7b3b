/** Names the thread pages show: a topic in both languages, a resolution's label. */
import type { TopicTerm } from '../../../core/topics.ts';
import type { Bilingual } from '../i18n/index.ts';

export function topicName(topics: TopicTerm[], id: string): Bilingual {
  const t = topics.find((x) => x.id === id);
  return t ? { zh: t.zh, en: t.en } : { zh: id, en: id };
}
