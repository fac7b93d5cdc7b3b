/**
 * A citation's place in words a delegate uses (`第 16.266 段，表 16.36`, `次级方案 1 立法授权`, `脚注 15`),
 * in Chinese and English, from the citation's typed fields: never a source line.
 */
import type { Block } from '../../core/schemas/block.ts';
import type { Citation } from '../../core/schemas/resolution.ts';
import { blockPlaces } from '../../core/anchors.ts';
import { t, type Bilingual, type UiKey } from './i18n/index.ts';

/** The place fields both kinds of citation (resolution, symbol) carry. */
export type Placed = Pick<Citation, 'precision' | 'url' | 'paragraph' | 'table' | 'footnote'> & { mandateList: string | null };

function fill(key: UiKey, n: string, m = ''): Bilingual {
  const s = t(key);
  const f = (x: string) => x.replace('{n}', n).replace('{m}', m);
  return { zh: f(s.zh), en: f(s.en) };
}

function unitWords(list: string): Bilingual {
  const [sp, component] = list.split('.');
  return component ? fill('placeComponent', sp!, component) : fill('placeSubprogramme', sp!);
}

/** The heading a text block stands under (document text: the same in both languages). */
function headingOver(blocks: Block[], anchor: string): string | null {
  const places = blockPlaces(blocks);
  const i = places.findIndex((p) => p?.anchor === anchor);
  for (let j = i; j >= 0; j--) {
    const b = blocks[j]!;
    if (b.type === 'heading') return b.text;
  }
  return null;
}

/** The words for where `c` is printed; `blocks` are the citing document's blocks (for text under a heading). */
export function placeWords(c: Placed, blocks: Block[]): Bilingual {
  const parts: Bilingual[] = [];
  const anchor = c.url.split('#')[1] ?? '';
  if (c.precision === 'mandate-entry' && c.mandateList !== null) {
    const unit = unitWords(c.mandateList);
    const template = t('placeUnitMandates');
    parts.push(
      c.mandateList === 'programme'
        ? t('placeProgrammeMandates')
        : { zh: template.zh.replace('{n}', unit.zh), en: template.en.replace('{n}', unit.en) },
    );
  }
  if (c.paragraph !== null) parts.push(fill('placeParagraph', c.paragraph));
  if (c.table !== null) parts.push(fill(c.precision === 'table' ? 'placeTableNotes' : 'placeTable', c.table));
  if (c.footnote !== null) parts.push(fill('placeFootnote', c.footnote));
  if (c.precision === 'front-matter') parts.push(anchor.startsWith('summary') ? t('placeSummary') : t('placeFrontMatter'));
  if (c.precision === 'text-block' || c.precision === 'heading') {
    const h = headingOver(blocks, anchor);
    if (h) parts.push({ zh: `“${h}”`, en: `“${h}”` });
  }
  return { zh: parts.map((p) => p.zh).join('，'), en: parts.map((p) => p.en).join(', ') };
}
