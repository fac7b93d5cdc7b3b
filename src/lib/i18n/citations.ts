/** Where a citation is printed, in the words a delegate uses (`{n}` is filled in by src/lib/citation-place.ts). */
export const citations = {
  placeParagraph: { zh: '第 {n} 段', en: 'para. {n}' },
  placeTable: { zh: '表 {n}', en: 'table {n}' },
  placeTableNotes: { zh: '表 {n} 注', en: 'notes to table {n}' },
  placeFootnote: { zh: '脚注 {n}', en: 'footnote {n}' },
  placeProgrammeMandates: { zh: '方案立法授权', en: 'legislative mandates of the programme' },
  placeUnitMandates: { zh: '{n} 立法授权', en: '{n}, legislative mandates' },
  placeSubprogramme: { zh: '次级方案 {n}', en: 'subprogramme {n}' },
  placeComponent: { zh: '次级方案 {n} 构成部分 {m}', en: 'subprogramme {n}, component {m}' },
  placeSummary: { zh: '摘要', en: 'summary' },
  placeFrontMatter: { zh: '文件开头（标题页和说明）', en: 'opening of the document (title page and note)' },
  citedAt: { zh: '引用之处', en: 'Cited at' },
  inferredBody: { zh: '机构系推断', en: 'body inferred' },
  yearOfAdoption: { zh: '通过年份', en: 'Year of adoption' },
  yearFromText: { zh: '（据引用处所印日期）', en: '(as dated where cited)' },
  sessionOfAdoption: { zh: '届会', en: 'Session' },
  sessionWithYears: { zh: '第 {n} 届会议，{y} 年', en: 'session {n}, {y}' },
} as const;
