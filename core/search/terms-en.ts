/**
 * English queries → the corpus's Chinese terms. The documents are Chinese: an English query finds text
 * only through this list. Kept as data: the UN English names of bodies, subprogrammes, units and budget
 * terms (the project's glossary), the English forms of the corpus's key topics, and country and area
 * names added at build time from `i18n-iso-countries` (`country-terms.ts`). Published as
 * `/search/terms.json`; the search page and the header box map a Latin-letter query with `mapEnglish`.
 */
import { fold } from './text.ts';

/** One English name (or several spellings) and the Chinese terms it stands for; the first Chinese term is the one shown. */
export type TermEntry = [en: string[], zh: string[]];

/** Bodies and offices: UN names and abbreviations. */
const bodies: TermEntry[] = [
  [['General Assembly', 'GA', 'UNGA'], ['大会']],
  [
    ['Security Council', 'SC', 'UNSC'],
    ['安全理事会', '安理会'],
  ],
  [
    ['Economic and Social Council', 'ECOSOC'],
    ['经济及社会理事会', '经社理事会'],
  ],
  [
    ['Commission on Narcotic Drugs', 'CND'],
    ['麻醉药品委员会', '麻委会'],
  ],
  [
    ['Commission on Crime Prevention and Criminal Justice', 'CCPCJ', 'Crime Commission'],
    ['预防犯罪和刑事司法委员会', '预防犯罪委员会'],
  ],
  [
    [
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'Conference of the Parties',
      'COP',
      'COP-UNTOC',
    ],
    ['缔约方会议'],
  ],
  [
    [
      'Conference of the States Parties to the United Nations Convention against Corruption',
      'Conference of the States Parties',
      'COSP',
      'COSP-UNCAC',
    ],
    ['缔约国会议'],
  ],
  [
    ['United Nations Convention against Transnational Organized Crime', 'Organized Crime Convention', 'UNTOC', 'Palermo Convention'],
    ['有组织犯罪公约'],
  ],
  [['United Nations Convention against Corruption', 'UNCAC', 'Convention against Corruption'], ['反腐败公约']],
  [
    ['International Narcotics Control Board', 'INCB'],
    ['国际麻醉品管制局', '麻管局'],
  ],
  [['United Nations Office on Drugs and Crime', 'UNODC', 'Office on Drugs and Crime'], ['毒品和犯罪问题办公室']],
  [['Committee for Programme and Coordination', 'CPC'], ['方案和协调委员会']],
  [
    ['Advisory Committee on Administrative and Budgetary Questions', 'ACABQ', 'Advisory Committee'],
    ['行政和预算问题咨询委员会', '行预咨委会'],
  ],
  [['working group on governance and financial situation', 'FinGov', 'working group'], ['工作组']],
  [['Secretary-General', 'Secretary General'], ['秘书长']],
  [['Board of Auditors'], ['审计委员会']],
  [['Joint Inspection Unit', 'JIU'], ['联合检查组']],
  [
    ['Office of Internal Oversight Services', 'OIOS'],
    ['内部监督事务厅', '监督厅'],
  ],
  [['Executive Director'], ['执行主任']],
  [['United Nations Office at Vienna', 'UNOV'], ['维也纳办事处']],
  [['Member States', 'Member State'], ['会员国']],
  [['States parties', 'State party'], ['缔约国']],
];

/** Subprogrammes of section 16 and the structure of a budget section (glossary). */
const structure: TermEntry[] = [
  [['subprogramme', 'subprogrammes', 'subprogram'], ['次级方案']],
  [['programme of work'], ['工作方案']],
  [['programme plan', 'proposed programme plan'], ['方案计划']],
  [['programme performance'], ['方案执行情况']],
  [['component'], ['构成部分']],
  [['objective', 'objectives'], ['目标']],
  [['strategy'], ['战略']],
  [['planned result', 'planned results'], ['计划成果']],
  [['result', 'results'], ['成果']],
  [['lessons learned', 'lesson learned'], ['经验教训']],
  [
    ['performance measure', 'performance measures'],
    ['业绩计量', '业绩衡量'],
  ],
  [['legislative mandates', 'mandates', 'mandate'], ['授权']],
  [
    ['deliverables', 'deliverable'],
    ['应交付产出', '产出'],
  ],
  [['evaluation', 'evaluations', 'evaluation activities'], ['评价']],
  [['foreword'], ['前言']],
  [['annex'], ['附件']],
  [['policymaking organs'], ['决策机关']],
  [['executive direction and management'], ['行政领导和管理']],
  [['programme support'], ['方案支助']],
  [['countering transnational organized crime', 'transnational organized crime', 'organized crime'], ['有组织犯罪']],
  [['world drug problem'], ['世界毒品问题']],
  [['countering corruption', 'anti-corruption', 'corruption'], ['腐败']],
  [['terrorism prevention', 'counter-terrorism', 'terrorism'], ['恐怖主义']],
  [['justice'], ['司法']],
  [['research, trend analysis and forensics', 'research and trend analysis', 'trend analysis'], ['趋势分析']],
  [
    ['forensics', 'forensic'],
    ['法证', '法医'],
  ],
  [['research'], ['研究']],
  [['policy support'], ['政策支助']],
  [['technical cooperation and field support', 'field support'], ['外地支助']],
  [['technical cooperation'], ['技术合作']],
  [['secretariat services'], ['秘书处服务']],
  [['governing bodies'], ['理事机构']],
];

/** Budget terms (glossary). */
const budget: TermEntry[] = [
  [['post', 'posts', 'established posts'], ['员额']],
  [['non-post', 'non-post resources'], ['非员额']],
  [['regular budget'], ['经常预算']],
  [['extrabudgetary', 'extra-budgetary', 'extrabudgetary resources'], ['预算外']],
  [['expenditure', 'expenditures'], ['支出']],
  [
    ['appropriation', 'appropriations'],
    ['拨款', '批款'],
  ],
  [['estimate', 'estimates'], ['估计数']],
  [['recosting', 'before recosting'], ['重计费用']],
  [['technical adjustments', 'technical adjustment'], ['技术调整']],
  [['new and expanded mandates'], ['新的/扩大的任务']],
  [
    ['resource requirements', 'resources', 'resource'],
    ['所需资源', '资源'],
  ],
  [['budget', 'programme budget', 'proposed programme budget'], ['预算']],
  [['general-purpose funds', 'general purpose funds'], ['普通用途资金']],
  [['special-purpose funds', 'special purpose funds'], ['特别用途']],
  [['programme support cost', 'programme support costs'], ['方案支助费用']],
  [['voluntary contributions', 'voluntary contribution'], ['自愿捐款']],
  [['donors', 'donor'], ['捐助方']],
  [['funding', 'financing'], ['资金']],
  [['thousands of United States dollars', 'United States dollars', 'US dollars', 'dollars'], ['美元']],
  [['staff', 'personnel'], ['工作人员']],
  [['vacancy rate', 'vacancy rates'], ['空缺率']],
  [['liquidity'], ['流动性']],
  [['governance'], ['治理']],
  [['oversight'], ['监督']],
  [['audit', 'auditors'], ['审计']],
];

/** Key topics of the corpus, in the English the UN uses for them. */
const topics: TermEntry[] = [
  [
    ['drugs', 'drug', 'narcotics', 'narcotic drugs'],
    ['毒品', '麻醉药品'],
  ],
  [
    ['drug control', 'international drug control'],
    ['药物管制', '毒品管制'],
  ],
  [['drug trafficking', 'illicit drug trafficking', 'drug trade'], ['毒品贩运']],
  [['crime'], ['犯罪']],
  [['crime prevention'], ['预防犯罪']],
  [['criminal justice'], ['刑事司法']],
  [['human trafficking', 'trafficking in persons', 'trafficking in human beings', 'people trafficking'], ['人口贩运']],
  [['migrant smuggling', 'smuggling of migrants'], ['偷运移民']],
  [['migrants', 'migrant', 'migration'], ['移民']],
  [['money laundering', 'money-laundering', 'laundering'], ['洗钱']],
  [['cybercrime', 'cyber crime', 'cyber-crime'], ['网络犯罪']],
  [
    ['firearms', 'firearm', 'guns', 'small arms'],
    ['枪支', '火器'],
  ],
  [['piracy', 'pirates', 'maritime piracy'], ['海盗']],
  [['maritime crime'], ['海上犯罪']],
  [['wildlife', 'wildlife crime', 'wildlife and forest crime'], ['野生动植物']],
  [['environmental crime', 'crimes that affect the environment'], ['影响环境的犯罪']],
  [['synthetic drugs', 'synthetic drug'], ['合成毒品']],
  [['new psychoactive substances', 'NPS'], ['精神活性物质']],
  [['precursors', 'precursor', 'precursor chemicals'], ['前体']],
  [['opium', 'opium poppy'], ['鸦片']],
  [['cocaine'], ['可卡因']],
  [['heroin'], ['海洛因']],
  [['cannabis'], ['大麻']],
  [['opioids', 'opioid'], ['阿片']],
  [['alternative development'], ['替代发展']],
  [
    ['drug use', 'drug abuse'],
    ['吸毒', '药物使用'],
  ],
  [['treatment', 'drug treatment', 'drug dependence treatment'], ['治疗']],
  [['HIV', 'HIV/AIDS', 'AIDS'], ['艾滋病']],
  [['prisons', 'prison', 'prison reform'], ['监狱']],
  [
    ['COVID-19', 'COVID', 'coronavirus', 'pandemic'],
    ['COVID-19', '冠状病毒', '大流行'],
  ],
  [['container control', 'Container Control Programme'], ['集装箱管制']],
  [['containers', 'container'], ['集装箱']],
  [['port control units', 'port control unit', 'joint port control units'], ['港口管制组']],
  [['border control', 'border management', 'borders', 'border'], ['边境']],
  [['law enforcement'], ['执法']],
  [
    ['police', 'policing'],
    ['警察', '警务'],
  ],
  [['extradition'], ['引渡']],
  [['mutual legal assistance'], ['司法协助']],
  [['international cooperation'], ['国际合作']],
  [
    ['asset recovery', 'stolen assets'],
    ['追回资产', '资产追回'],
  ],
  [
    ['victims', 'victim'],
    ['被害人', '受害者'],
  ],
  [['violence against women'], ['暴力侵害妇女']],
  [['violence'], ['暴力']],
  [['gender', 'gender equality'], ['性别']],
  [['women', 'woman'], ['妇女']],
  [['children', 'child'], ['儿童']],
  [['youth', 'young people'], ['青年']],
  [['sustainable development', 'Sustainable Development Goals', 'SDGs', '2030 Agenda'], ['可持续发展']],
  [['technical assistance'], ['技术援助']],
  [['capacity-building', 'capacity building'], ['能力建设']],
  [['legislation', 'legislative assistance'], ['立法']],
  [['rule of law'], ['法治']],
  [['human rights'], ['人权']],
  [
    ['data', 'statistics'],
    ['数据', '统计'],
  ],
  [['surveys', 'survey'], ['调查']],
  [['World Drug Report'], ['世界毒品问题报告']],
  [['Global Report on Trafficking in Persons'], ['全球人口贩运问题报告']],
  [['partnerships', 'partnership', 'partners'], ['伙伴关系']],
  [['civil society'], ['民间社会']],
  [['private sector'], ['私营部门']],
  [
    ['field offices', 'field office', 'country offices', 'regional offices'],
    ['外地办事处', '区域办事处'],
  ],
  [['headquarters'], ['总部']],
  [['Vienna'], ['维也纳']],
  [['New York'], ['纽约']],
  [['Sahel'], ['萨赫勒']],
  [['Africa'], ['非洲']],
  [['Latin America', 'Latin America and the Caribbean'], ['拉丁美洲']],
  [['Central Asia'], ['中亚']],
  [['South-East Asia', 'Southeast Asia'], ['东南亚']],
  [['Middle East'], ['中东']],
  [['West Africa'], ['西非']],
  [['East Africa'], ['东非']],
  [['Caribbean'], ['加勒比']],
  [['Balkans'], ['巴尔干']],
  [['Andean'], ['安第斯']],
];

/** The curated list, without country names (those come from `country-terms.ts`). */
export const curatedTerms: readonly TermEntry[] = [...bodies, ...structure, ...budget, ...topics];

/** The published list (`/search/terms.json`). */
export interface TermList {
  /** [English spellings, Chinese terms]; the first Chinese term is shown as "searched for". */
  terms: TermEntry[];
}

/** The key an English phrase is matched by: case, width, punctuation, a leading "the" and spacing do not matter. */
export function termKey(text: string): string {
  return fold(text)
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Singular forms to try for an English word not in the list (`cartels` → `cartel`, `policies` → `policy`). */
function singulars(key: string): string[] {
  const out: string[] = [];
  if (key.endsWith('ies')) out.push(`${key.slice(0, -3)}y`);
  if (key.endsWith('es')) out.push(key.slice(0, -2));
  if (key.endsWith('s')) out.push(key.slice(0, -1));
  return out;
}

/** English key → Chinese terms, every spelling of every entry. A later entry never overrides an earlier one. */
export type TermIndex = Map<string, { en: string; zh: string[] }>;

export function buildTermIndex(list: TermList): TermIndex {
  const index: TermIndex = new Map();
  for (const [ens, zh] of list.terms) {
    for (const en of ens) {
      const key = termKey(en);
      if (key && !index.has(key)) index.set(key, { en, zh });
    }
  }
  return index;
}

/** What an English query was mapped to: the English name matched and the Chinese terms to search for. */
export interface EnglishMapping {
  en: string;
  zh: string[];
}

/** The whole query as one term, else its singular; null when the list does not hold it. */
export function mapEnglish(query: string, index: TermIndex): EnglishMapping | null {
  const key = termKey(query);
  if (!key) return null;
  for (const k of [key, ...singulars(key)]) {
    const hit = index.get(k);
    if (hit) return { en: hit.en, zh: hit.zh };
  }
  return null;
}
