import { bodyNames } from '../../../core/bodies.ts';
/** Threads across documents and years: citation time lines, report comparison, the working group's time line, discussed elsewhere, recommendations (issue 12). */
export const threads = {
  threadsTitle: { zh: '跨文件和年份的线索', en: 'Threads across documents and years' },
  threadsIntro: {
    zh: '同一体裁的文件相隔数年：执行主任的报告、工作组的说明。以下页面把它们放在一起，全部依据解析出的记录按可见的规则计算，没有人工配对。',
    en: 'Documents of the same genre years apart: the Executive Director’s reports, the working group’s notes. These pages put them together, all computed from the parsed records by rules stated on each page; nothing is matched by hand.',
  },
  // Resolution page: citations over time
  timelineTitle: { zh: '引用时间线', en: 'Citations over time' },
  timelineYears: { zh: '在 {years} 年的文件中被引用', en: 'Cited in documents of {years}' },
  timelineRule: {
    zh: '按引用文件的日期排列：文件封面所印会期的第一天；封面未印会期的，按文件所涵盖的期间或文件的年份。每条链接指向引用的确切位置。',
    en: 'Ordered by the date of the citing document: the first day of the session printed on its cover page; where none is printed, the period it covers or its year. Each link leads to the exact place of the citation.',
  },
  timelineYearOnly: { zh: '文件年份', en: 'year of the document' },
  // Report comparison
  compareTitle: { zh: '执行主任的报告对比', en: 'Reports of the Executive Director compared' },
  compareIntro: {
    zh: '每份报告与其前一份报告（按封面所印会期排序）并列对比：哪些章节相互对应、哪些主题重复出现、哪些是新的、哪些不再出现，以及两份报告引用的决议。',
    en: 'Each report is set beside the one before it (in the order of the sessions printed on their cover pages): which sections correspond, which themes recur, which are new and which are no longer there, and the resolutions both cite.',
  },
  compareRule: {
    zh: '对应规则：两个章节（章或节）每共有一个标题中的主题词计 3 分，每共同引用一项决议计 2 分，各自正文中提及最多的三个主题每重合一个计 1 分；后一份报告的每一节与得分最高的前一份报告章节对应（至少 {min} 分）。主题出现在某份报告的标题或建议中，即视为该报告的主题。主题词表列在本页末尾；名称中含有主题词的机构名称（如“毒品和犯罪问题办公室”“麻醉药品委员会”）不计。',
    en: 'How sections are matched: two sections (chapters or lettered sections) score 3 for each topic term both headings name, 2 for each resolution both cite, and 1 for each topic among the three most mentioned in both texts; each section of the later report is paired with the earlier section scoring highest (at least {min}). A topic is a theme of a report when a heading or a recommendation of it names the topic. The topic terms are listed at the end of this page; names of bodies that contain topic words (the Office, the Commission on Narcotic Drugs) are not counted.',
  },
  comparePair: { zh: '{earlier} 与 {later}', en: '{earlier} and {later}' },
  compareSections: { zh: '章节对应', en: 'Sections side by side' },
  compareLaterSection: { zh: '后一份报告的章节', en: 'Section of the later report' },
  compareEarlierSection: { zh: '前一份报告中对应的章节', en: 'Corresponding section of the earlier report' },
  compareWhy: { zh: '依据：', en: 'Shared: ' },
  recsLabel: { zh: '建议：', en: 'Recommendations: ' },
  compareScore: { zh: '得分', en: 'Score' },
  compareNoCounterpart: { zh: '无对应章节（新）', en: 'No counterpart (new)' },
  compareGone: {
    zh: '前一份报告中没有对应的章节（不再出现）',
    en: 'Sections of the earlier report without a counterpart (no longer there)',
  },
  compareNoneGone: {
    zh: '前一份报告的每一章节在后一份报告中都有对应。',
    en: 'Every section of the earlier report has a counterpart in the later one.',
  },
  compareThemes: { zh: '主题：重复出现、新出现、不再出现', en: 'Themes: recurring, new, no longer there' },
  compareTheme: { zh: '主题', en: 'Theme' },
  statusRecurs: { zh: '重复出现', en: 'recurs' },
  statusNew: { zh: '新出现', en: 'new' },
  statusGone: { zh: '不再出现', en: 'no longer there' },
  compareMentions: { zh: '{n} 个段落提及', en: 'mentioned in {n} paragraphs' },
  compareRecsByTheme: { zh: '按主题分组的建议', en: 'Recommendations grouped by theme' },
  compareRecsRule: {
    zh: '建议的主题：其所在主题标题中的主题词；标题中没有主题词的，取建议正文中提及最多的主题。',
    en: 'A recommendation’s themes: the topic terms of the theme heading it stands under; where that names none, the topics its text mentions most.',
  },
  compareNoTopic: { zh: '未匹配任何主题词的建议', en: 'Recommendations no topic term marks' },
  compareResolutions: { zh: '引用的决议', en: 'Resolutions cited' },
  compareResBoth: { zh: '两份报告都引用', en: 'Cited by both' },
  compareResEarlier: { zh: '只有前一份报告引用', en: 'Cited by the earlier report only' },
  compareResLater: { zh: '只有后一份报告引用', en: 'Cited by the later report only' },
  compareNone: { zh: '无', en: 'None' },
  compareTerms: { zh: '主题词表', en: 'Topic terms' },
  compareTermsNote: { zh: '主题按以下中文词语识别。', en: 'Themes are found by these Chinese terms.' },
  compareTermsWords: { zh: '识别词', en: 'Terms' },
  compareOnlyOne: { zh: '本语料中只有一份此类报告，无可对比。', en: 'The corpus holds only one report of this genre: nothing to compare.' },
  // Working group time line
  wgTitle: { zh: '工作组的说明：时间线', en: 'The working group’s notes on one time line' },
  wgIntro: {
    zh: '改进毒品和犯罪问题办公室治理和财务状况不限成员名额常设政府间工作组：每份说明所涵盖的期间、所提交的会议、所报告的各次会议（日期和名称均按原文），以及授权工作组的决议和决定。',
    en: 'The standing open-ended intergovernmental working group on improving the governance and financial situation of UNODC: for each note, the period it covers, the sessions it is submitted to, the meetings it reports on (dates and names as printed), and the resolutions and decisions that mandate the group.',
  },
  wgRule: {
    zh: '规则：会议是说明段落中紧接日期的会议名称（“……举行的会议/常会”“举行了……非正式会议/磋商”）；未印年份的日期取前文所印年份或说明所涵盖期间的年份。每次会议的议题是从首次提及该会议的段落起、到下一次会议的段落为止（同一章内）的各段。授权决议是说明封面和摘要中引用的决议和决定（“本说明系依据……编写”）。主题词见报告对比页。',
    en: 'Rules: a meeting is a meeting name right after a date in a paragraph of the note (“the meeting/session held on …”, “held … informal meetings/consultations”); a date printed without its year takes the year printed before it or that of the period the note covers. A meeting’s topics are the paragraphs from the one first naming it up to the next meeting’s, within the chapter. The mandating resolutions are those the note’s cover page and summary cite (“this note is prepared pursuant to …”). Topic terms are those of the report comparison.',
  },
  wgPeriod: { zh: '涵盖期间', en: 'Period covered' },
  wgSessions: { zh: '提交的会议', en: 'Submitted to' },
  wgMeetings: { zh: '会议', en: 'Meetings' },
  wgTopics: { zh: '主题：', en: 'Topics: ' },
  wgMandates: { zh: '授权工作组的决议和决定', en: 'Resolutions and decisions mandating the group' },
  wgMandatesGrid: { zh: '各份说明引用的授权决议', en: 'Mandating resolutions by note' },
  wgNoMeetings: { zh: '未找到注明日期的会议。', en: 'No dated meeting found.' },
  wgCited: { zh: '引用', en: 'cited' },
  wgNotCited: { zh: '未引用', en: 'not cited' },
  wgParagraph: { zh: '第 {n} 段', en: 'para. {n}' },
  // Subprogramme page
  elsewhereTitle: { zh: '其他文件中的讨论', en: 'Discussed elsewhere' },
  elsewhereIntro: {
    zh: '本单元立法授权清单所列决议在语料中其他文件（执行主任的报告、工作组的说明）中被引用之处，按文件日期排列。',
    en: 'Where the corpus’s other documents (the Executive Director’s reports, the working group’s notes) cite a resolution of this unit’s list of legislative mandates, in the order of the documents’ dates.',
  },
  elsewhereNone: {
    zh: '语料中其他文件未引用本单元立法授权清单所列的决议。',
    en: 'No other document of the corpus cites a resolution of this unit’s mandate list.',
  },
  elsewhereCites: { zh: '引用：', en: 'Cites: ' },
  // Recommendations page
  recsTitle: { zh: '建议', en: 'Recommendations' },
  recsIntro: {
    zh: '本文件“建议”一章的 {n} 个段落，按其所在的主题标题分组，并注明每条建议所针对的委员会。',
    en: 'The {n} paragraphs of this document’s recommendations chapter, grouped by the theme heading they stand under, each with the commission it addresses.',
  },
  recsRule: {
    zh: '所针对的委员会：段落中被“不妨”“似宜”“可”“应”等词所接的委员会名称，或“请……委员会”；段落只引用而未针对委员会的，标为“未针对特定委员会”。',
    en: 'The commission addressed: the commission named before “may wish to”, “may”, “should” and the like, or invited (“the Commissions are invited”); a paragraph that only cites a commission is marked as addressed to none.',
  },
  recsAddressed: { zh: '针对：', en: 'Addressed to: ' },
  recsNoTheme: { zh: '（无主题标题）', en: '(no theme heading)' },
  recsCounts: {
    zh: '针对麻醉药品委员会 {cnd} 条，针对预防犯罪和刑事司法委员会 {ccpcj} 条，未针对特定委员会 {none} 条。',
    en: '{cnd} addressed to the Commission on Narcotic Drugs, {ccpcj} to the Commission on Crime Prevention and Criminal Justice, {none} to neither by name.',
  },
  addrCND: bodyNames.CND,
  addrCCPCJ: bodyNames.CCPCJ,
  addrBoth: { zh: '两委员会', en: 'Both Commissions' },
  'addrMember-states': { zh: '会员国', en: 'Member States' },
  'addrWorking-group': { zh: '工作组', en: 'Working group' },
  addrNone: { zh: '未针对特定委员会', en: 'No commission addressed' },
  recsLink: { zh: '建议（按主题）', en: 'Recommendations by theme' },
  threadsLink: { zh: '跨文件和年份的线索', en: 'Threads across documents and years' },
} as const;
