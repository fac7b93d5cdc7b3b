/** Citations in the UN style, Chinese and English (built by src/lib/cite.ts), and the cite popover's controls. */
export const cite = {
  citeParagraph: { zh: '{doc}，第 {n} 段', en: '{doc}, para. {n}' },
  citeTable: { zh: '{doc}，表 {n}', en: '{doc}, table {n}' },
  citeTableRow: { zh: '{doc}，表 {n}，“{row}”行', en: '{doc}, table {n}, row “{row}”' },
  citeFigure: { zh: '{doc}，图 {n}', en: '{doc}, figure {n}' },
  citeUnit: { zh: '{doc}，{unit}', en: '{doc}, {unit}' },
  citeUnitSubprogramme: { zh: '次级方案 {n}', en: 'subprogramme {n}' },
  citeUnitComponent: { zh: '次级方案 {n} 构成部分 {c}', en: 'subprogramme {n}, component {c}' },
  citeResult: { zh: '{doc}，{unit}，成果 {n}', en: '{doc}, {unit}, result {n}' },
  citeEmergingResult: { zh: '{doc}，{unit}，新出现成果“{title}”', en: '{doc}, {unit}, highlighted result “{title}”' },
  citeMandate: { zh: '{doc}，{unit}，立法授权：{entry}', en: '{doc}, {unit}, legislative mandates: {entry}' },
  citeProgrammeMandates: { zh: '方案', en: 'programme' },
  /** The text "Cite" copies: the citation and the permalink. */
  citeWithUrl: { zh: '{cite}（{url}）', en: '{cite} ({url})' },
  citeCopyCitation: { zh: '复制引文', en: 'Copy citation' },
  citeCopyOther: { zh: '复制英文引文', en: 'Copy Chinese citation' },
  citeClose: { zh: '关闭', en: 'Close' },
  citeDialog: { zh: '引用和链接', en: 'Cite and link' },
  citeCopiedNote: { zh: '已复制到剪贴板。', en: 'Copied to the clipboard.' },
  citeCopyRefused: {
    zh: '浏览器不允许复制：请选中上面的文字手动复制。',
    en: 'The browser refused to copy: select the text above and copy it by hand.',
  },
  citeRowButton: { zh: '引用此行', en: 'Cite this row' },
} as const;
