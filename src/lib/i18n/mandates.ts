/** Editorial notes where the source is damaged or incomplete: mandate titles the conversion cut, result sections without a printed heading. */
export const mandates = {
  titleReassembledNote: {
    zh: '编者注：在本网站所据的文本中，此标题断为两段，后一段印在本清单的另一处：“{head}”／“{tail}”。两段相接即为本文件另一处所印的标题，故在此合并。',
    en: 'Editor’s note: in the text this site reads, this title is split in two, its second piece printed elsewhere in this list: “{head}” / “{tail}”. Joined, they give the title printed elsewhere in this document, so they are joined here.',
  },
  titleAsPrintedNote: {
    zh: '编者注：此标题按本网站所据的文本照录，似不完整；本文件另一处印作“{full}”。本清单另一处印有“{tail}”，可能是此标题的后半，但两段不能确切相接，故未合并。',
    en: 'Editor’s note: this title is shown as printed in the text this site reads and seems incomplete; elsewhere this document prints it as “{full}”. This list also prints “{tail}”, possibly the rest of this title, but the two pieces do not join exactly, so they are not joined.',
  },
  titleFullPrintingProgramme: { zh: '见方案立法授权所印标题', en: 'see the title in the programme’s mandate list' },
  titleFullPrintingUnit: { zh: '见次级方案 {n} 立法授权所印标题', en: 'see the title in the mandate list of subprogramme {n}' },
  sectionHeadingNotPrinted: {
    zh: '编者注：原文此处未印出章节标题；以下段落按本类文件的章节顺序（其后所印标题之前的一节）归入此节。',
    en: 'Editor’s note: the source prints no section heading here; the paragraphs below are placed in this section by the order of sections in this kind of document (the section that precedes the heading printed after them).',
  },
} as const;
