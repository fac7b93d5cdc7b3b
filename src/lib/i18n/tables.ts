/** Tables drawn from the column model: notes on headings the source leaves out or misplaces, source problems at the cell. */
export const tables = {
  tableSuppliedMark: { zh: '原文未印出此栏标题', en: 'Heading not printed in the source' },
  tableSuppliedNote: {
    zh: '原文未印出此栏标题；所示标题按本类表格的栏目补出，数值照原文。',
    en: 'The source prints no heading over this column; the heading shown is the one this kind of table uses. The figures are as printed.',
  },
  tableMovedNote: {
    zh: '原文将此栏标题印在另一位置（与数值次序不同）；此处标题置于其数值之上。',
    en: 'The source prints this heading in another place than its figures; here it stands over them.',
  },
  tableNotPrinted: { zh: '本部分未印出此栏', en: 'Column not printed in this part' },
  tableSourceIssues: {
    zh: '来源问题：原文中下列数字与其计算依据不符（照原文显示，未作更正）。',
    en: 'Source issues: the figures below do not agree with what they are computed from (shown as printed, not corrected).',
  },
  tableSourceIssue: { zh: '来源问题', en: 'Source issue' },
  tableAllIssues: { zh: '（来源问题一览）', en: '(all source issues)' },
  tablePrinted: { zh: '印出值', en: 'Printed' },
  tableComputed: { zh: '计算值', en: 'Computed' },
} as const;
