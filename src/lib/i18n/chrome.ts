/** Site chrome shared by every page: navigation, page furniture. */
export const chrome = {
  siteName: { zh: '毒品和犯罪问题办公室预算参考', en: 'UNODC Budget Reference' },
  overview: { zh: '概览', en: 'Overview' },
  documents: { zh: '文件', en: 'Documents' },
  subprogrammes: { zh: '次级方案', en: 'Subprogrammes' },
  resolutions: { zh: '决议和决定', en: 'Resolutions and decisions' },
  symbols: { zh: '引用文号', en: 'Cited symbols' },
  openData: { zh: '开放数据', en: 'Open data' },
  sourceIssues: { zh: '来源问题', en: 'Source issues' },
  search: { zh: '搜索', en: 'Search' },
  onThisPage: { zh: '本页内容', en: 'On this page' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  cite: { zh: '引用', en: 'Cite' },
  notFound: { zh: '未找到该页面', en: 'Page not found' },
} as const;
