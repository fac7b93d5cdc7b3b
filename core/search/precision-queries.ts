/**
 * Real queries for measuring precision at 10 (tests/unit/search-precision.test.ts): each with what makes a
 * result relevant, judged from the corpus — the result's text holds one of `relevant` (as a whole token at
 * ASCII edges). Multi-word queries are judged by the whole phrase, so ranking that puts paragraphs holding
 * the whole query first is what keeps them precise; English queries by the Chinese term they stand for;
 * numbers by the number itself (no word-by-word matches).
 */
export interface PrecisionQuery {
  query: string;
  relevant: string[];
}

export const precisionQueries: readonly PrecisionQuery[] = [
  // Chinese terms
  { query: '腐败', relevant: ['腐败'] },
  { query: '洗钱', relevant: ['洗钱'] },
  { query: '海盗', relevant: ['海盗'] },
  { query: '人口贩运', relevant: ['人口贩运'] },
  { query: '合成毒品', relevant: ['合成毒品'] },
  { query: '替代发展', relevant: ['替代发展'] },
  // Chinese typed as separate words: the phrase is what the delegate means
  { query: '毒品 贩运', relevant: ['毒品贩运'] },
  { query: '有组织 犯罪', relevant: ['有组织犯罪'] },
  { query: '技术 援助', relevant: ['技术援助'] },
  { query: '经常 预算', relevant: ['经常预算'] },
  { query: '刑事 司法', relevant: ['刑事司法'] },
  { query: '可持续 发展', relevant: ['可持续发展'] },
  { query: '预防 犯罪', relevant: ['预防犯罪'] },
  { query: '世界 毒品 问题', relevant: ['世界毒品问题'] },
  // numbers and symbols
  { query: '9/1', relevant: ['9/1'] },
  { query: '74/247', relevant: ['74/247'] },
  { query: '72/194', relevant: ['72/194'] },
  { query: '2/1', relevant: ['2/1'] },
  { query: 'E/CN.7/2019/14', relevant: ['e/cn.7/2019/14'] },
  { query: 'JIU/REP/2010/10', relevant: ['jiu/rep/2010/10'] },
  // English mapped to Chinese
  { query: 'corruption', relevant: ['腐败'] },
  { query: 'Colombia', relevant: ['哥伦比亚'] },
  { query: 'human trafficking', relevant: ['人口贩运'] },
  { query: 'cybercrime', relevant: ['网络犯罪'] },
  { query: 'money laundering', relevant: ['洗钱'] },
  { query: 'piracy', relevant: ['海盗'] },
  { query: 'terrorism', relevant: ['恐怖主义'] },
  { query: 'Afghanistan', relevant: ['阿富汗'] },
  { query: 'drug trafficking', relevant: ['毒品贩运'] },
  { query: 'regular budget', relevant: ['经常预算'] },
  { query: 'synthetic drugs', relevant: ['合成毒品'] },
  { query: 'Nigeria', relevant: ['尼日利亚'] },
  // English printed in the text
  { query: 'COVID-19', relevant: ['covid-19'] },
];
