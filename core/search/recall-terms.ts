/**
 * Real terms of the corpus, of one to twelve characters, for measuring search recall on Chinese: the
 * unit tests and the e2e test over the built index require every paragraph containing each term to be
 * found (the browser test draws a sample in full), and `bench/search.ts` prints how many Pagefind alone finds.
 */
export const recallTerms: readonly string[] = [
  // one character
  '毒',
  '罪',
  '钱',
  // two
  '腐败',
  '禁毒',
  '毒品',
  '洗钱',
  '海盗',
  '青年',
  '监狱',
  '移民',
  '枪支',
  '员额',
  '秘鲁',
  '缅甸',
  // three
  '阿富汗',
  '麻管局',
  '预算外',
  '萨赫勒',
  '集装箱',
  '维也纳',
  // four
  '次级方案',
  '人口贩运',
  '合成毒品',
  '替代发展',
  '冠状病毒',
  '经常预算',
  '哥伦比亚',
  '技术援助',
  // five and longer
  '可持续发展',
  '反腐败公约',
  '野生动植物',
  '有组织犯罪',
  '联合港口管制组',
  '麻醉药品委员会',
  '世界毒品问题',
  '毒品和犯罪问题办公室',
  '预防犯罪和刑事司法委员会',
];

/** The paragraphs a term must find: those whose text or footnotes contain it. */
export function paragraphsContaining<P extends { text: string; footnotes: { text: string }[]; url: string }>(
  paragraphs: P[],
  term: string,
): string[] {
  return paragraphs.filter((p) => p.text.includes(term) || p.footnotes.some((f) => f.text.includes(term))).map((p) => p.url);
}

/**
 * English queries and the Chinese term each must find (through the English term list, `terms-en.ts`):
 * every paragraph holding the Chinese term must be among the results.
 */
export const englishRecallTerms: readonly [en: string, zh: string][] = [
  ['corruption', '腐败'],
  ['Colombia', '哥伦比亚'],
  ['human trafficking', '人口贩运'],
  ['trafficking in persons', '人口贩运'],
  ['money laundering', '洗钱'],
  ['piracy', '海盗'],
  ['youth', '青年'],
  ['prisons', '监狱'],
  ['firearms', '枪支'],
  ['posts', '员额'],
  ['Peru', '秘鲁'],
  ['Myanmar', '缅甸'],
  ['Afghanistan', '阿富汗'],
  ['INCB', '麻管局'],
  ['extrabudgetary', '预算外'],
  ['Sahel', '萨赫勒'],
  ['containers', '集装箱'],
  ['Vienna', '维也纳'],
  ['subprogramme', '次级方案'],
  ['synthetic drugs', '合成毒品'],
  ['alternative development', '替代发展'],
  ['regular budget', '经常预算'],
  ['technical assistance', '技术援助'],
  ['sustainable development', '可持续发展'],
  ['wildlife', '野生动植物'],
  ['organized crime', '有组织犯罪'],
  ['Commission on Narcotic Drugs', '麻醉药品委员会'],
  ['world drug problem', '世界毒品问题'],
  ['UNODC', '毒品和犯罪问题办公室'],
  ['terrorism', '恐怖主义'],
  ['cybercrime', '网络犯罪'],
  ['migrant smuggling', '偷运移民'],
  ['forensics', '法证'],
  ['Nigeria', '尼日利亚'],
  ['Mexico', '墨西哥'],
  ['Pakistan', '巴基斯坦'],
];
