/** The search page's filters: which values exist and their Chinese names, computed at build time. */
import type { Body } from '../schemas/common.ts';
import { bodies } from '../schemas/common.ts';
import { bodyNames } from '../bodies.ts';
import type { SearchKind } from './index-records.ts';

export const kindNames: Record<SearchKind, string> = {
  paragraph: '段落',
  document: '文件',
  subprogramme: '次级方案',
  result: '成果',
  resolution: '决议和决定',
  symbol: '引用文号',
  index: '索引页',
  data: '开放数据',
  overview: '概览',
};

/** The same kinds in the English interface. */
export const kindNamesEn: Record<SearchKind, string> = {
  paragraph: 'Paragraphs',
  document: 'Documents',
  subprogramme: 'Subprogrammes',
  result: 'Results',
  resolution: 'Resolutions and decisions',
  symbol: 'Cited symbols',
  index: 'Index pages',
  data: 'Open data',
  overview: 'Overview',
};

export interface FilterOption {
  value: string;
  label: string;
  /** The label in the English interface (a subprogramme by its number: its title is Chinese document text). */
  labelEn: string;
}
export interface SearchFilterOptions {
  kind: FilterOption[];
  document: FilterOption[];
  subprogramme: FilterOption[];
  body: FilterOption[];
}

export function searchFilterOptions(corpus: {
  documents: { symbol: string; title: string }[];
  subprogrammes: { key: string; number: string; component: string | null; title: string }[];
}): SearchFilterOptions {
  const subKeys = new Map<string, FilterOption>();
  for (const s of corpus.subprogrammes) {
    const label = s.component ? `次级方案 ${s.number} 构成部分 ${s.component}` : `次级方案 ${s.number}`;
    const labelEn = s.component ? `Subprogramme ${s.number}, component ${s.component}` : `Subprogramme ${s.number}`;
    if (!subKeys.has(s.key)) subKeys.set(s.key, { value: s.key, label: `${label} ${s.title}`, labelEn });
  }
  return {
    kind: (Object.keys(kindNames) as SearchKind[]).map((k) => ({ value: k, label: kindNames[k], labelEn: kindNamesEn[k] })),
    document: corpus.documents.map((d) => ({ value: d.symbol, label: d.symbol, labelEn: d.symbol })),
    subprogramme: [...subKeys.values()],
    body: (bodies as readonly Body[]).map((b) => ({ value: b, label: bodyNames[b].zh, labelEn: bodyNames[b].en })),
  };
}
