/** The brief, the mandate review, oversight follow-up and threads across documents (issue 12). */
export const beyond = {
  brief: { zh: '简报', en: 'Brief' },
  briefAdd: { zh: '加入简报', en: 'Add to brief' },
  briefAdded: { zh: '已加入简报', en: 'Added to the brief' },
  briefAlready: { zh: '简报中已有此项', en: 'Already in the brief' },
  briefOpen: { zh: '查看简报', en: 'Open the brief' },
  briefCount: { zh: '共 {n} 项', en: '{n} items' },
  briefTitle: { zh: '简报', en: 'Brief for correspondence' },
  briefIntro: {
    zh: '在任何段落、成果、表格、表格行、图、决议或授权条目旁点击“加入简报”，收集的条目列在这里，各附联合国格式的引文和永久链接。简报只保存在本浏览器中，不发送到任何服务器；可导出为纯文本或富文本，可打印，也可作为一个链接分享。',
    en: 'Use “Add to brief” next to any paragraph, result, table, table row, figure, resolution or mandate entry: the items you collect are listed here, each with its citation in UN style and its permanent link. The brief is kept in this browser only and never sent to a server; export it as plain text or rich text, print it, or share it as one link.',
  },
  briefEmpty: { zh: '简报中还没有条目。', en: 'The brief is empty.' },
  briefNoScript: { zh: '简报需要在浏览器中启用 JavaScript。', en: 'The brief needs JavaScript in the browser.' },
  briefCopyText: { zh: '复制为纯文本', en: 'Copy as plain text' },
  briefCopyHtml: { zh: '复制为富文本（含链接）', en: 'Copy as rich text (with links)' },
  briefPrint: { zh: '打印', en: 'Print' },
  briefShare: { zh: '复制分享链接', en: 'Copy share link' },
  briefShareLabel: { zh: '分享链接（打开即可重建本简报）', en: 'Share link (opening it rebuilds this brief)' },
  briefClear: { zh: '清空简报', en: 'Clear the brief' },
  briefClearConfirm: { zh: '确定清空简报？', en: 'Clear the whole brief?' },
  briefCopied: { zh: '已复制', en: 'Copied' },
  briefCopyFailed: { zh: '浏览器拒绝写入剪贴板；请从下方文本框手动复制。', en: 'The browser refused the clipboard; copy from the box below.' },
  briefUp: { zh: '上移', en: 'Move up' },
  briefDown: { zh: '下移', en: 'Move down' },
  briefRemove: { zh: '移除', en: 'Remove' },
  briefNote: { zh: '备注', en: 'Note' },
  briefNotePrefix: { zh: '注：', en: 'Note: ' },
  briefItem: { zh: '第 {n} 项', en: 'item {n}' },
  briefShared: { zh: '此链接带有一份 {n} 项的简报。', en: 'This link holds a brief of {n} items.' },
  briefReplace: { zh: '以其替换我的简报', en: 'Replace my brief with it' },
  briefMerge: { zh: '并入我的简报', en: 'Add it to my brief' },
  briefLoading: { zh: '正在从原页面取回文本…', en: 'Fetching the texts from their pages…' },
} as const;

type Key = keyof typeof beyond;

/** The brief's strings in one language, for client scripts (`{n}` filled by `fill`). */
export function briefStrings(language: 'zh' | 'en') {
  const s = (k: Key) => beyond[k][language];
  return {
    s,
    added: s('briefAdded'),
    already: s('briefAlready'),
    open: s('briefOpen'),
    count: (n: number) => fill(s('briefCount'), n),
  };
}

export function fill(template: string, n: number): string {
  return template.replace('{n}', String(n));
}
