/** Heading pass: a classified heading opens a part, annex, unit, section or result and gets its block. */
import { cleanText, isBlank, isPageHeader, parseParagraphStart } from '../lines.ts';
import { CHANGE_FACTOR_SLUGS, CONTAINER_SLUGS, classifyHeading, type Heading, type ResultSection } from '../headings.ts';
import { numeralValue } from '../../../../core/numerals.ts';
import { FIGURE_START, TABLE_START } from '../tables.ts';
import type { ResultState, WalkContext } from './context.ts';

type Of<K extends Heading['kind']> = Extract<Heading, { kind: K }>;

/** Reads one heading at line index `i`; returns the index of the last line it used (a title may follow). */
export function handleHeading(ctx: WalkContext, h: Heading, line: number, i: number, marks: string[] = []): number {
  ctx.close();
  ctx.out.headings.push(h);
  switch (h.kind) {
    case 'part':
      return openPart(ctx, h, line, i);
    case 'annex':
      return openAnnex(ctx, h, line, i);
    case 'container':
      ctx.unit = null;
      ctx.containerSeen = true;
      ctx.pushHeading(2, h.text, line, { local: CONTAINER_SLUGS[h.text] ?? 'container' }, `h-${line}`);
      return i;
    case 'subprogramme':
      return openSubprogramme(ctx, h, line, i);
    case 'component':
      return openComponent(ctx, h, line, i);
    case 'section':
      return openSection(ctx, h, line, i);
    case 'change-factor':
      ctx.pushHeading(ctx.base() + 2, h.text, line, { local: CHANGE_FACTOR_SLUGS[h.text] ?? 'change-factor' }, `h-${line}`);
      return i;
    case 'result':
      return openResult(ctx, h, line, i, marks);
    case 'result-section':
      return openResultSection(ctx, h, line, i);
  }
}

function openPart(ctx: WalkContext, h: Of<'part'>, line: number, i: number): number {
  ctx.region = 'body';
  ctx.part = /资源/.test(h.text) ? 'resources' : /方案计划/.test(h.text) ? 'plan' : 'other';
  ctx.unit = null;
  ctx.containerSeen = false;
  const letter = /^([A-Z])\./.exec(h.text)?.[1]?.toLowerCase();
  ctx.pushHeading(1, h.text, line, letter ? `part-${letter}` : { local: 'part' }, letter ? null : `part-${line}`);
  return i;
}

function openAnnex(ctx: WalkContext, h: Of<'annex'>, line: number, i: number): number {
  ctx.region = 'annex';
  ctx.unit = null;
  ctx.pendingAnnexTitle = true;
  const n = numeralValue(h.text.replace(/^附件\s*/, ''));
  ctx.pushHeading(1, h.text, line, n === null ? { local: 'annex' } : `annex-${n}`, `annex-${line}`);
  return i;
}

/** Title of a bare `次级方案 N` heading: the next non-blank line, unless it is itself structure. */
function lookaheadTitle(ctx: WalkContext, i: number): { index: number; text: string } | null {
  const { lines, page, contents } = ctx;
  for (let j = i + 1; j < lines.length && j < i + 6; j++) {
    const l = lines[j]!;
    if (isBlank(l.text) || isPageHeader(l.text, page)) continue;
    const t = cleanText(l.text);
    if (/\t/.test(l.text) || classifyHeading(t, contents) || parseParagraphStart(t) || TABLE_START.test(t) || FIGURE_START.test(t))
      return null;
    return { index: j, text: t.replace(/\*+$/, '').trim() };
  }
  return null;
}

/** A subprogramme of the programme of work, or its resources section in Part B (same record). */
function openSubprogramme(ctx: WalkContext, h: Of<'subprogramme'>, line: number, i: number): number {
  let title = h.title;
  let end = i;
  if (!title) {
    const next = lookaheadTitle(ctx, i);
    if (next) {
      title = next.text;
      end = next.index;
      ctx.place(ctx.lines[end]!.no);
    }
  }
  const existing = ctx.units.get(h.number);
  const resources = ctx.part === 'resources';
  if (resources && !existing)
    ctx.log.warning(
      line,
      'resources-unknown-subprogramme',
      `Part B names subprogramme ${h.number}, which the programme of work does not have`,
    );
  const record = existing ?? ctx.newUnitRecord(h.number, h.number, null, title, line);
  if (!resources && !existing) {
    ctx.units.set(h.number, record);
    ctx.out.subprogrammes.push(record);
  } else if (existing && !existing.title && title) existing.title = title;
  const anchor = `${resources ? 'resources-' : ''}subprogramme-${h.number}`;
  ctx.unit = { key: h.number, record, level: 3, anchor, section: null, emerging: null, result: null };
  ctx.pushHeading(3, title ? `次级方案 ${h.number} ${title}` : h.text, line, anchor);
  return end;
}

function openComponent(ctx: WalkContext, h: Of<'component'>, line: number, i: number): number {
  const unit = ctx.unit;
  const parent = unit && !unit.key.includes('.') ? unit.record : null;
  const subNumber = parent?.number ?? unit?.record.number.split('.')[0];
  if (!subNumber) {
    ctx.log.error(
      line,
      'component-outside-subprogramme',
      `component ${h.number} stands outside any subprogramme; expected it under 次级方案 N`,
    );
    ctx.pushHeading(4, h.text, line, { local: `component-${h.number}` }, `h-${line}`);
    return i;
  }
  const key = `${subNumber}.${h.number}`;
  const owner = ctx.units.get(subNumber)!;
  if (ctx.units.has(key)) ctx.log.error(line, 'duplicate-component', `component ${key} appears twice`);
  const record = ctx.newUnitRecord(key, subNumber, h.number, h.title, line);
  ctx.units.set(key, record);
  ctx.out.subprogrammes.push(record);
  owner.components.push(key);
  ctx.unit = {
    key,
    record,
    level: 4,
    anchor: `subprogramme-${subNumber}-component-${h.number}`,
    section: null,
    emerging: null,
    result: null,
  };
  ctx.pushHeading(4, h.text, line, ctx.unit.anchor);
  return i;
}

function openSection(ctx: WalkContext, h: Of<'section'>, line: number, i: number): number {
  const unit = ctx.unit;
  if (h.section === 'performance' && unit?.result) {
    unit.result.section = 'performance';
    ctx.pushHeading(ctx.base() + 3, h.text, line, { local: 'performance' }, `h-${line}`);
    return i;
  }
  const level = !unit && h.section === 'covid' ? ctx.base() + 2 : ctx.base() + 1;
  if (unit) {
    unit.section = h.section;
    unit.result = null;
  }
  if (h.section === 'mandates') ctx.pendingMandates = unit?.key ?? 'programme';
  ctx.pushHeading(level, h.text, line, { local: h.section }, `h-${line}`);
  return i;
}

function openResult(ctx: WalkContext, h: Of<'result'>, line: number, i: number, marks: string[]): number {
  const unit = ctx.unit;
  const state = ctx.newResult(h.number, h.title, line, marks);
  if (unit && state) {
    unit.result = state;
    if (unit.section !== 'planned-results')
      ctx.log.warning(line, 'result-outside-planned', `result ${h.number} stands outside a "计划成果" section`);
  }
  ctx.pushHeading(
    ctx.base() + 2,
    h.text,
    line,
    unit ? `${unit.anchor}-result-${h.number}` : { local: `result-${h.number}` },
    unit ? null : `h-${line}`,
  );
  return i;
}

function openResultSection(ctx: WalkContext, h: Of<'result-section'>, line: number, i: number): number {
  const r = ctx.currentResult();
  if (r) {
    placeUnheaded(ctx, r, h.section, h.text);
    r.section = h.section;
  } else ctx.log.warning(line, 'result-section-outside-result', `"${h.text}" stands outside any result`);
  ctx.pushHeading(ctx.base() + 3, h.text, line, { local: h.section }, `h-${line}-${h.section}`);
  return i;
}

/**
 * The section the genre prints right before a section heading: a result carried from the previous budget opens
 * with 方案执行情况 then 拟议方案计划; a new result with 拟议方案计划 then 经验教训和计划变动. Before
 * 实现目标方面的进展 either may stand, so nothing is inferred there.
 */
const SECTION_BEFORE: Partial<Record<ResultSection, ResultSection>> = { plan: 'performance', lessons: 'plan' };

/** Paragraphs under no printed heading at the start of a result: placed in the section the next heading implies. */
function placeUnheaded(ctx: WalkContext, r: ResultState, next: ResultSection, heading: string): void {
  if (r.unheaded.length === 0) return;
  const numbers = r.unheaded.map((u) => u.number);
  const before = r.section === null ? SECTION_BEFORE[next] : undefined;
  if (before) {
    r.record[before].push(...numbers);
    r.record.unheaded.push(...numbers);
    ctx.log.warning(
      r.unheaded[0]!.line,
      'result-section-unheaded',
      `paragraph${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')} stand${numbers.length > 1 ? '' : 's'} under result "${r.record.title}" with no section heading, before "${heading}": placed in ${before}, the section the genre prints before it (the page says the heading is not printed)`,
    );
  } else warnUnheaded(ctx, r);
  r.unheaded = [];
}

/** Paragraphs no following heading places: linked to their result, listed under no section. */
export function warnUnheaded(ctx: WalkContext, r: ResultState): void {
  for (const u of r.unheaded)
    ctx.log.warning(
      u.line,
      'result-paragraph-without-section',
      `paragraph ${u.number} stands directly under result "${r.record.title}" without a section heading (方案执行情况/拟议方案计划/…), and no heading after it tells its section; linked to the result but listed under no section`,
    );
}
