/** The genre's heading vocabulary: which cleaned lines are headings, and of what kind. */
import type { SourceLine } from '../../lib/source.ts';
import { cleanText } from './lines.ts';

export type UnitSection =
  | 'mandate-and-background'
  | 'strategy-external'
  | 'performance'
  | 'covid'
  | 'mandates'
  | 'deliverables'
  | 'evaluation'
  | 'objective'
  | 'strategy'
  | 'planned-results'
  | 'extrabudgetary'
  | 'resource-changes';
export type ResultSection = 'performance' | 'lessons' | 'plan' | 'progress';

export type Heading =
  | { kind: 'part'; text: string }
  | { kind: 'annex'; text: string }
  | { kind: 'container'; text: string }
  | { kind: 'subprogramme'; number: string; title: string | null; text: string }
  | { kind: 'component'; number: string; title: string; text: string }
  | { kind: 'section'; section: UnitSection; text: string }
  | { kind: 'change-factor'; text: string }
  | { kind: 'result'; number: number; title: string; text: string }
  | { kind: 'result-section'; section: ResultSection; text: string };

/** Part and annex titles as the table of contents lists them (the body repeats them as headings). */
export interface Contents {
  parts: string[];
  annexTitles: string[];
}

/** Reads the table of contents that follows `目录`: `A. title**\tpage` lines and annex `一. title\tpage` lines. */
export function readContents(lines: SourceLine[]): { contents: Contents; lines: number[] } {
  const contents: Contents = { parts: [], annexTitles: [] };
  const used: number[] = [];
  const start = lines.findIndex((l) => cleanText(l.text) === '目录');
  if (start < 0 || start > 120) return { contents, lines: used };
  let i = start + 1;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  let inAnnex = false;
  for (; i < lines.length && lines[i]!.text.trim() !== ''; i++) {
    used.push(lines[i]!.no);
    const entry = lines[i]!.text.split('\t')[0]!.replace(/\*+$/, '').trim();
    if (/^附件/.test(entry)) inAnnex = true;
    const part = /^([A-Z])\.\s*(.+)$/.exec(entry);
    if (part && !inAnnex) contents.parts.push(`${part[1]}. ${part[2]!.trim()}`);
    const annex = /^[一二三四五六七八九十]+\.\s*(.+)$/.exec(entry);
    if (annex && inAnnex) contents.annexTitles.push(annex[1]!.trim());
  }
  return { contents, lines: used };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The genre's container headings and the English names their anchors take (UN budget terms). */
export const CONTAINER_SLUGS: Record<string, string> = {
  总方向: 'overall-orientation',
  工作方案: 'programme-of-work',
  概览: 'overview',
  '按因素、构成部分和次级方案列示的差异解释': 'variances',
  决策机关: 'policymaking-organs',
  行政领导和管理: 'executive-direction-and-management',
  方案支助: 'programme-support',
};
const CONTAINERS = Object.keys(CONTAINER_SLUGS);

/** Anchor names of the change-factor headings of the resources part. */
export const CHANGE_FACTOR_SLUGS: Record<string, string> = { 技术调整: 'technical-adjustments', 其他变动: 'other-changes' };

const SECTIONS: [RegExp, UnitSection][] = [
  [/^任务和背景$/, 'mandate-and-background'],
  [/^\d{4}\s*年战略和外部因素$/, 'strategy-external'],
  [/^\d{4}\s*年方案执行情况$/, 'performance'],
  [/^COVID-19\s*对.*(交付|影响).*$/, 'covid'],
  [/^立法授权$/, 'mandates'],
  [/^应交付产出$/, 'deliverables'],
  [/^评价活动$/, 'evaluation'],
  [/^目标$/, 'objective'],
  [/^战略$/, 'strategy'],
  [/^\d{4}\s*年计划成果$/, 'planned-results'],
  [/^预算外资源$/, 'extrabudgetary'],
  [/^总体资源变动$/, 'resource-changes'],
];

const RESULT_SECTIONS: [RegExp, ResultSection][] = [
  [/\d{4}\s*年方案执行情况$/, 'performance'],
  [/经验教训和计划变动$/, 'lessons'],
  [/\d{4}\s*年拟议方案计划$/, 'plan'],
  [/(?:在)?实现目标方面的(?:预期)?进展以及业绩计量$/, 'progress'],
];

/** Classifies one cleaned line; the result-title form may carry a glued section heading (`成果 3：…2022 年拟议方案计划`). */
export function classifyHeading(text: string, contents: Contents): Heading[] | null {
  const t = text.replace(/\*+$/, '').trim();
  if (t === '') return null;
  if (contents.parts.some((p) => squeeze(p) === squeeze(t))) return [{ kind: 'part', text: t }];
  if (contents.parts.length === 0 && /^[A-Z]\.\s*\d{4}\s*年拟议/.test(t)) return [{ kind: 'part', text: t }];
  if (/^附件\s*[一二三四五六七八九十]+$/.test(t)) return [{ kind: 'annex', text: t }];
  if (CONTAINERS.includes(t)) return [{ kind: 'container', text: t }];
  let m = /^次级方案\s*(\d+)(?:\s+(\S.*))?$/.exec(t);
  if (m && !/[。；]$/.test(t)) return [{ kind: 'subprogramme', number: m[1]!, title: m[2]?.trim() ?? null, text: t }];
  m = /^构成部分\s*(\d+)\s*[：:]\s*(\S.*)$/.exec(t);
  if (m) return [{ kind: 'component', number: m[1]!, title: m[2]!.trim(), text: t }];
  for (const [re, section] of SECTIONS) if (re.test(t)) return [{ kind: 'section', section, text: t }];
  if (t in CHANGE_FACTOR_SLUGS) return [{ kind: 'change-factor', text: t }];
  m = /^成果\s*(\d+)\s*[：:]\s*(\S.*)$/.exec(t);
  if (m) {
    const title = m[2]!.trim();
    for (const [re, section] of RESULT_SECTIONS) {
      const glued = re.exec(title);
      if (glued && glued.index > 0) {
        const own = title.slice(0, glued.index).trim();
        return [
          { kind: 'result', number: Number(m[1]), title: own, text: t.slice(0, t.length - title.length) + own },
          { kind: 'result-section', section, text: glued[0].trim() },
        ];
      }
    }
    return [{ kind: 'result', number: Number(m[1]), title, text: t }];
  }
  for (const [re, section] of RESULT_SECTIONS) {
    const r = re.exec(t);
    if (r && r.index === 0) return [{ kind: 'result-section', section, text: t }];
  }
  return null;
}

/** The annex title line after `附件一`, as the table of contents names it. */
export function isAnnexTitle(text: string, contents: Contents): boolean {
  return contents.annexTitles.some((a) => squeeze(a) === squeeze(text));
}
