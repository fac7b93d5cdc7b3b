/** The header's live search (combobox) and the English-query notices shared with the search page (issue 10). */
export const searchLive = {
  liveSearchLabel: { zh: '搜索全文或按编号查找', en: 'Search the text or look up a number' },
  liveSearchPlaceholder: { zh: '搜索或输入编号', en: 'Search or a number' },
  liveSearchResults: { zh: '搜索结果', en: 'Search results' },
  liveSearchClose: { zh: '关闭搜索', en: 'Close search' },
  liveSearchUnavailable: { zh: '搜索暂时无法使用（索引未能加载）。', en: 'Search is unavailable (the index could not be loaded).' },
  liveGroupNumber: { zh: '编号', en: 'Number' },
  liveGroupParagraphs: { zh: '段落', en: 'Paragraphs' },
  liveGroupPages: { zh: '页面', en: 'Pages' },
  liveGroupCited: { zh: '引用之处', en: 'Where it is cited' },
  liveCitedPlace: { zh: '{symbol}，{place}', en: '{symbol}, {place}' },
  liveParagraph: { zh: '{symbol} 第 {n} 段', en: '{symbol}, para. {n}' },
  liveMissing: { zh: '本站资料中没有{label}', en: 'Not in these documents: {label}' },
  liveOfficial: { zh: '联合国正式文本', en: 'Official UN text' },
  liveAll: { zh: '在搜索页查看全部结果：“{q}”', en: 'All results on the search page: “{q}”' },
  liveCount: { zh: '{n} 条建议；用上下箭头选择，Enter 打开。', en: '{n} suggestions; use the arrow keys, Enter to open.' },
  liveNone: { zh: '没有找到“{q}”。按 Enter 在搜索页搜索。', en: 'Nothing found for “{q}”. Press Enter to search the search page.' },
  englishSearched: {
    zh: '英文“{en}”按中文“{zh}”搜索（文件为中文）。',
    en: 'English “{en}” searched as Chinese “{zh}” (the documents are in Chinese).',
  },
  englishUnmapped: {
    zh: '英文“{q}”不在本站的中英术语表中，无法转为中文搜索，只能找到原文中印出的英文字样。文件为中文：请用中文词语搜索（如“腐败”“人口贩运”）。',
    en: '“{q}” is not in the site’s English–Chinese term list: only English words printed in the documents were matched. The documents are in Chinese: search with a Chinese term.',
  },
} as const;
