/** The recommendations chapter (`建议`): each of its paragraphs, its theme, and whom it addresses. */
import type { Recommendation } from '../../../core/schemas/recommendation.ts';
import { permalinks } from '../../../core/permalinks.ts';
import type { NarrativeContext, ParagraphDraft } from './context.ts';

type Addressee = Recommendation['addressees'][number];

/** Names of the addressees as the text writes them (full names, short forms, `两委员会`). */
const NAMES: [RegExp, Addressee][] = [
  [/两个?委员会/g, 'both'],
  [/麻醉药品委员会|麻委会/g, 'CND'],
  [/预防犯罪和刑事司法委员会|预防犯罪委员会/g, 'CCPCJ'],
  [/会员国/g, 'member-states'],
  [/工作组/g, 'working-group'],
];
const JOINER = /^\s*(?:和|及|与|以及)\s*/;
/** What an addressed body does in a recommendation: `不妨`, `似宜`, `可`, `还可以`, `应`. */
const ADDRESSED_VERB = /^\s*(?:还|也)?(?:不妨|似宜|可以|可(?!持续)|应(?!对)|宜)/;
/** Only the commissions are invited (`请两委员会…`); `请会员国` is what a commission is asked to do. */
const INVITABLE = new Set<Addressee>(['CND', 'CCPCJ', 'both']);

export function readRecommendations(
  ctx: NarrativeContext,
  paragraphs: ParagraphDraft[],
  text: (p: ParagraphDraft) => string,
): Recommendation[] {
  const chapters = ctx.headings.filter((h) => h.kind === 'chapter' && ctx.genre.recommendationsChapter.test(h.title));
  const out: Recommendation[] = [];
  for (const p of paragraphs) {
    const chapter = p.headings[0];
    if (!chapter || !chapters.includes(chapter)) continue;
    const theme = p.headings.length > 1 ? p.headings.at(-1)!.text : null;
    const { documentId, symbol } = ctx.meta;
    out.push({
      id: `${documentId}/recommendation-${p.number}`,
      document: symbol,
      documentId,
      paragraph: p.number,
      theme,
      addressees: addresseesOf(text(p)),
      text: text(p),
      line: p.first,
      url: permalinks.paragraph(documentId, p.number),
    });
  }
  return out;
}

/**
 * The bodies a recommendation is addressed to: named as the one that "may wish to" (不妨, 似宜 …)
 * or is invited (`请两委员会`), coordinated names included (`麻醉药品委员会和预防…委员会似宜`).
 * A body only cited (`麻醉药品委员会 2014 年…声明`) is not an addressee.
 */
export function addresseesOf(text: string): Addressee[] {
  const mentions: { at: number; end: number; who: Addressee }[] = [];
  for (const [re, who] of NAMES) {
    for (const m of text.matchAll(re)) {
      const at = m.index;
      if (mentions.some((x) => at >= x.at && at < x.end)) continue; // `两委员会` is not also a `委员会`
      mentions.push({ at, end: at + m[0].length, who });
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  const found = new Set<Addressee>();
  for (let k = 0; k < mentions.length; k++) {
    // Walk a coordination `A和B似宜` to its verb: every name in it is addressed.
    let j = k;
    while (
      j + 1 < mentions.length &&
      JOINER.test(text.slice(mentions[j]!.end, mentions[j + 1]!.at)) &&
      text.slice(mentions[j]!.end, mentions[j + 1]!.at).replace(JOINER, '') === ''
    )
      j++;
    const after = text.slice(mentions[j]!.end);
    const invited = INVITABLE.has(mentions[k]!.who) && text.slice(Math.max(0, mentions[k]!.at - 1), mentions[k]!.at) === '请';
    if (ADDRESSED_VERB.test(after) || invited) for (let x = k; x <= j; x++) found.add(mentions[x]!.who);
  }
  return [...found];
}
