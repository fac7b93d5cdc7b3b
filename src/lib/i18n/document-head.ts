/** The head of a document page: what the editors say about the document (src/pages/documents/[doc]/index.astro). */
export const documentHead = {
  docInferredSymbol: {
    zh: '文号未印在文本中，由编辑根据内容推断。',
    en: 'The symbol is not printed in the text; the editors inferred it from the content. ',
  },
  docOfficialText: { zh: '联合国正式文本', en: 'Official UN text' },
} as const;
