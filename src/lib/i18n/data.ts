/** The open-data page: what each collection holds, in both languages. */
export const data = {
  dataCollection: { zh: '集合', en: 'Collection' },
  dataWhat: { zh: '内容', en: 'What it holds' },
  dataRecords: { zh: '记录数', en: 'Records' },
  dataSize: { zh: '大小', en: 'Size' },
  dataCsvNote: {
    zh: "CSV 文件为带 BOM 的 UTF-8，可直接在 Excel（Windows）中打开中文；以 =、+、-、@ 开头的文字单元格前加撇号（'），以免被当作公式执行，数字不变。",
    en: 'CSV files are UTF-8 with a byte-order mark, so Excel on Windows opens the Chinese correctly; text cells starting with =, +, -, @ get a leading apostrophe so that they are not run as formulas. Numbers are unchanged.',
  },
  'data.documents': {
    zh: '文件：文号、标题、种类、年份、文号来源（印出或推定）',
    en: 'Documents: symbol, title, kind, year, whether the symbol is printed or inferred',
  },
  'data.paragraphs': {
    zh: '编号段落：全文、所在标题、次级方案和成果',
    en: 'Numbered paragraphs: full text, the headings they stand under, subprogramme and result',
  },
  'data.subprogrammes': {
    zh: '次级方案及构成部分：标题、目标、战略段落、成果',
    en: 'Subprogrammes and components: title, objective, strategy paragraphs, results',
  },
  'data.results': {
    zh: '成果：标题、所属次级方案、首次提出的预算',
    en: 'Results: title, subprogramme, the budget they were first proposed in',
  },
  'data.performanceMeasures': {
    zh: '业绩计量：逐年实际和计划业绩',
    en: 'Performance measures: actual and planned performance year by year',
  },
  'data.deliverables': {
    zh: '应交付产出：按类别和次类别逐年的计划数和实际数',
    en: 'Deliverables: planned and actual quantities by category and subcategory, year by year',
  },
  'data.mandates': { zh: '立法授权：各清单中的决议和决定', en: 'Legislative mandates: the resolutions and decisions each list names' },
  'data.resolutions': {
    zh: '决议和决定：机关、编号、标题及每处引用',
    en: 'Resolutions and decisions: body, number, titles and every citation',
  },
  'data.citedDocuments': { zh: '引用的文号及引用之处', en: 'Cited document symbols and where they are cited' },
  'data.tables': {
    zh: '表格：按栏目模型列出（每栏的类型、年份及原文印出的各种栏目标题）和逐行数值',
    en: "Tables: the column model (each column's role, year and every printed wording of its heading) and each row's values",
  },
  'data.resourceTables': {
    zh: '资源表：数值、各栏的类型（支出数、批款数、估计数、变动、百分比）、部分和分组',
    en: "Resource tables as numbers: values, each column's role (expenditure, appropriation, estimate, change, percentage), parts and groups",
  },
  'data.figures': {
    zh: '图：标题、图像是否缺失、正文所述数值',
    en: 'Figures: title, whether the image is lost, what the text states of their values',
  },
  'data.recommendations': { zh: '建议：主题、对象和全文', en: 'Recommendations: theme, addressees and text' },
  'data.discrepancies': {
    zh: '来源问题：原文中不相符的数字和编号，印出值和计算值',
    en: 'Source issues: figures and numbers in the source that do not agree, printed and computed values',
  },
  'data.resolution-citations': { zh: '每处决议引用一行', en: 'One row per citation of a resolution' },
  'data.resource-rows': { zh: '资源表每行一行，每个数值栏一列', en: 'One row per resource-table row, one column per value column' },
} as const;
