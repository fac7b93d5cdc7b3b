/**
 * Topic terms: the themes of UNODC's work as the Chinese documents name them, with their UN English names.
 * Data, not logic: a theme is found in a text when one of its Chinese terms occurs there, after the names of the
 * Office and of the bodies (which contain topic words: `毒品和犯罪问题办公室`, `麻醉药品委员会`) are taken out.
 * Used to align reports of the same genre across years; the pages that use them list them.
 */
export interface TopicTerm {
  /** Stable identifier (English). */
  id: string;
  /** UN English name of the theme. */
  en: string;
  /** Chinese name shown in the UI. */
  zh: string;
  /** Chinese terms whose occurrence marks the theme (the name itself need not be one). */
  terms: string[];
}

export const topicTerms: TopicTerm[] = [
  {
    id: 'drug-control',
    en: 'World drug problem and drug control',
    zh: '世界毒品问题和药物管制',
    terms: ['世界毒品问题', '药物管制', '毒品管制', '减少供应', '贩毒', '贩运毒品', '非法药物', '毒品贩运'],
  },
  {
    id: 'drug-demand',
    en: 'Drug use prevention, treatment and care',
    zh: '吸毒预防、治疗和护理',
    terms: ['吸毒预防', '毒品预防', '戒毒治疗', '药物依赖', '减少毒品需求', '减少需求', '治疗和康复', '吸毒病症', '吸毒者'],
  },
  { id: 'hiv', en: 'HIV/AIDS', zh: '艾滋病毒/艾滋病', terms: ['艾滋病毒', '艾滋病'] },
  {
    id: 'alternative-development',
    en: 'Alternative development and sustainable livelihoods',
    zh: '替代发展和可持续生计',
    terms: ['替代发展', '可持续的生计', '可持续生计'],
  },
  { id: 'controlled-medicines', en: 'Access to controlled medicines', zh: '受管制药物的获取', terms: ['受管制药物', '医疗和科学用途'] },
  {
    id: 'synthetic-drugs',
    en: 'New psychoactive substances and synthetic drugs',
    zh: '新型精神活性物质和合成毒品',
    terms: ['新型精神活性物质', '合成毒品', '苯丙胺类兴奋剂', '合成药物'],
  },
  { id: 'forensic', en: 'Scientific and forensic support', zh: '科学和法证支助', terms: ['法医', '法证'] },
  { id: 'organized-crime', en: 'Transnational organized crime', zh: '跨国有组织犯罪', terms: ['有组织犯罪'] },
  {
    id: 'trafficking-smuggling',
    en: 'Trafficking in persons and smuggling of migrants',
    zh: '贩运人口和偷运移民',
    terms: ['贩运人口', '偷运移民', '人口贩运'],
  },
  { id: 'firearms', en: 'Firearms', zh: '枪支', terms: ['枪支'] },
  { id: 'money-laundering', en: 'Money-laundering and asset recovery', zh: '洗钱和资产追回', terms: ['洗钱', '清洗相关所得', '资产追回'] },
  { id: 'cybercrime', en: 'Cybercrime', zh: '网络犯罪', terms: ['网络犯罪'] },
  { id: 'maritime-crime', en: 'Maritime crime and piracy', zh: '海上犯罪和海盗行为', terms: ['海上犯罪', '海盗'] },
  { id: 'wildlife-crime', en: 'Wildlife and forest crime', zh: '野生生物和森林犯罪', terms: ['野生生物', '森林犯罪', '野生动植物'] },
  { id: 'corruption', en: 'Corruption and economic crime', zh: '腐败和经济犯罪', terms: ['腐败', '经济犯罪'] },
  { id: 'terrorism', en: 'Terrorism prevention', zh: '预防恐怖主义', terms: ['恐怖主义', '反恐', '恐怖分子'] },
  {
    id: 'criminal-justice',
    en: 'Crime prevention and criminal justice',
    zh: '预防犯罪和刑事司法',
    terms: ['预防犯罪', '刑事司法', '监狱', '法律援助', '司法机会', '标准和规范'],
  },
  {
    id: 'violence-women-children',
    en: 'Violence against women and children',
    zh: '暴力侵害妇女和儿童',
    terms: ['暴力侵害妇女', '暴力侵害儿童', '针对妇女的暴力'],
  },
  {
    id: 'research',
    en: 'Research, trend analysis and data',
    zh: '研究、趋势分析和数据',
    terms: ['研究', '趋势分析', '数据收集', '数据分析', '循证'],
  },
  { id: 'evaluation', en: 'Evaluation', zh: '评价', terms: ['评价', '评估'] },
  {
    id: 'governance-finance',
    en: 'Governance and financial situation',
    zh: '治理和财务状况',
    terms: ['治理', '财务', '预算', '供资', '资金', '方案支助费用', '资源调动'],
  },
  {
    id: 'partnerships',
    en: 'Partnerships and inter-agency cooperation',
    zh: '伙伴关系和机构间合作',
    terms: ['伙伴关系', '机构间合作', '合作伙伴'],
  },
  {
    id: 'gender',
    en: 'Gender equality and the empowerment of women',
    zh: '性别平等和增强妇女权能',
    terms: ['性别平等', '两性平等', '增强妇女权能', '性别', '两性均等'],
  },
  {
    id: 'human-resources',
    en: 'Human resources and organizational culture',
    zh: '人力资源和组织文化',
    terms: ['人力资源', '征聘', '地域代表性', '组织文化', '工作人员'],
  },
  {
    id: 'un-reform',
    en: 'United Nations reform and results-based management',
    zh: '联合国改革和成果管理制',
    terms: ['联合国改革', '发展系统改革', '成果管理制', '战略规划', '2021-2025 年战略', '2021-2025年战略'],
  },
  {
    id: 'sustainable-development',
    en: '2030 Agenda for Sustainable Development',
    zh: '2030 年可持续发展议程',
    terms: ['可持续发展目标', '可持续发展议程'],
  },
  { id: 'covid-19', en: 'COVID-19 pandemic', zh: 'COVID-19 大流行', terms: ['COVID-19', '冠状病毒病', '大流行'] },
  { id: 'regional-cooperation', en: 'Regional and country programmes', zh: '区域和国家方案', terms: ['区域方案', '国家方案', '区域合作'] },
  { id: 'communication', en: 'Communication and advocacy', zh: '沟通和宣传', terms: ['沟通', '宣传'] },
];

/** Names that contain topic words without being about the topic: taken out of a text before terms are sought. */
export const namesMaskedForTopics: string[] = [
  '联合国毒品和犯罪问题办公室',
  '毒品和犯罪问题办公室',
  '麻醉药品委员会',
  '预防犯罪和刑事司法委员会',
  '麻委会',
  '联合国预防犯罪和刑事司法大会',
  '预防犯罪大会',
];

/** How often each topic's terms occur in a text (topics that do not occur are left out). */
export function topicCounts(text: string, topics: TopicTerm[] = topicTerms): Map<string, number> {
  let masked = text;
  for (const name of namesMaskedForTopics) masked = masked.split(name).join('〇');
  const out = new Map<string, number>();
  for (const topic of topics) {
    let n = 0;
    for (const term of topic.terms) n += masked.split(term).length - 1;
    if (n > 0) out.set(topic.id, n);
  }
  return out;
}
