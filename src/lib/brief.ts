/**
 * A brief for correspondence: the items a delegate collects (paragraphs, results, tables, rows, figures,
 * resolutions, mandate entries), kept in the browser, exported as plain text or HTML and shared as one link.
 * Pure functions only: the page script (src/scripts/brief-page.ts) wires them to storage and the DOM.
 * zod/mini keeps the validation in the client bundle small.
 */
import * as z from 'zod/mini';
import { bodyNames } from '../../core/bodies.ts';

/** One collected item. */
export const briefItemSchema = z.object({
  /** Permalink path with its anchor (`/documents/a-76-6-sect-16/#para-16.36`): the item's identity. */
  url: z.string().check(z.regex(/^\/(?!\/)[^\s]*$/)),
  /** Citation in the UN style, Chinese (`A/76/6 (Sect. 16)，第 16.36 段`). */
  cite: z.string(),
  /** Citation in English when the page gives one; else derived from the Chinese by `englishCitation`. */
  citeEn: z.optional(z.string()),
  /** The text of the item as shown where it was collected (paragraph text, row cells, title); empty until fetched. */
  text: z.string(),
  /** The delegate's own note. */
  note: z.string(),
});
export type BriefItem = z.infer<typeof briefItemSchema>;
export const briefSchema = z.array(briefItemSchema);

export type Language = 'zh' | 'en';

/** Adds an item unless its permalink is already in the brief (the brief is a set of places). */
export function addItem(items: BriefItem[], item: BriefItem): BriefItem[] {
  return items.some((i) => i.url === item.url) ? items : [...items, item];
}

export function removeItem(items: BriefItem[], url: string): BriefItem[] {
  return items.filter((i) => i.url !== url);
}

/** Moves an item one place up (-1) or down (+1); a move past either end leaves the order as it is. */
export function moveItem(items: BriefItem[], url: string, step: -1 | 1): BriefItem[] {
  const from = items.findIndex((i) => i.url === url);
  const to = from + step;
  if (from < 0 || to < 0 || to >= items.length) return items;
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function setNote(items: BriefItem[], url: string, note: string): BriefItem[] {
  return items.map((i) => (i.url === url ? { ...i, note } : i));
}

/** Reads stored JSON; anything that is not a valid brief (old format, hand-edited) reads as an empty brief. */
export function parseStored(json: string | null): BriefItem[] {
  if (!json) return [];
  try {
    const parsed = briefSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

// English citation terms, in the order they are replaced (longer forms first).
const bodyTerms = Object.values(bodyNames).sort((a, b) => b.zh.length - a.zh.length);
const citationTerms: [RegExp, string | ((...m: string[]) => string)][] = [
  [
    new RegExp(`(${bodyTerms.map((b) => b.zh).join('|')})第\\s*([^号]+?)\\s*号(决议|决定)`, 'g'),
    (_, body, number, kind) => `${bodyTerms.find((b) => b.zh === body)!.en} ${kind === '决议' ? 'resolution' : 'decision'} ${number}`,
  ],
  [/次级方案\s*(\S+?)\s*构成部分\s*(\S+)/g, (_, s, c) => `subprogramme ${s}, component ${c}`],
  [/次级方案\s*/g, 'subprogramme '],
  [/新出现成果/g, 'emerging result '],
  [/成果\s*/g, 'result '],
  [/第\s*(\S+?)\s*段/g, (_, n) => `para. ${n}`],
  [/第\s*(\S+?)\s*行/g, (_, n) => `row ${n}`],
  [/表\s*/g, 'table '],
  [/图\s*/g, 'figure '],
  [/立法授权/g, 'legislative mandates'],
  [/[，、]\s*/g, ', '],
  [/：\s*/g, ': '],
];

/**
 * The English form of a UN-style Chinese citation: the site's own citation vocabulary (paragraph, subprogramme,
 * component, result, table, row, figure, body resolutions and decisions) turned into the UN's English usage.
 * Quoted document titles stay as printed (they are the source's Chinese).
 */
export function englishCitation(cite: string): string {
  let out = cite;
  for (const [pattern, replacement] of citationTerms) out = out.replace(pattern, replacement as string);
  return out.replace(/ {2,}/g, ' ').trim();
}

export function citationIn(item: BriefItem, language: Language): string {
  return language === 'en' ? item.citeEn || englishCitation(item.cite) : item.cite;
}

const noteLabel = { zh: '注：', en: 'Note: ' } as const;

/** The brief as plain text: numbered citations, each with its text, note and full URL. */
export function briefText(items: BriefItem[], origin: string, language: Language): string {
  return items
    .map((item, k) =>
      [
        `${k + 1}. ${citationIn(item, language)}`,
        item.text && `   ${item.text}`,
        item.note && `   ${noteLabel[language]}${item.note}`,
        `   ${new URL(item.url, origin).href}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The brief as HTML for word processors: an ordered list, each citation a link to its permalink. */
export function briefHtml(items: BriefItem[], origin: string, language: Language): string {
  const lis = items.map((item) => {
    const href = escapeHtml(new URL(item.url, origin).href);
    return [
      `<li><p><a href="${href}">${escapeHtml(citationIn(item, language))}</a></p>`,
      item.text ? `<blockquote lang="zh-CN"><p>${escapeHtml(item.text)}</p></blockquote>` : '',
      item.note ? `<p><em>${noteLabel[language]}</em>${escapeHtml(item.note)}</p>` : '',
      `<p><a href="${href}">${href}</a></p></li>`,
    ].join('');
  });
  return `<ol>${lis.join('')}</ol>`;
}

// Share links carry each item's permalink, Chinese citation, and note (texts are fetched again from the pages),
// as base64url of UTF-8 JSON: compact for Chinese, safe in a URL hash, never sent to a server.
const sharePrefix = 'b1=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The hash of a share link (`#b1=…`). */
export function shareHash(items: BriefItem[]): string {
  return `#${sharePrefix}${toBase64Url(JSON.stringify(items.map((i) => [i.url, i.cite, i.note])))}`;
}

const shareSchema = z.array(z.tuple([z.string().check(z.regex(/^\/(?!\/)[^\s]*$/)), z.string(), z.string()]));

/** Items of a share link's hash, texts empty; null when the hash is not a share link or is damaged. */
export function parseShareHash(hash: string): BriefItem[] | null {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(sharePrefix)) return null;
  try {
    const parsed = shareSchema.safeParse(JSON.parse(fromBase64Url(body.slice(sharePrefix.length))));
    return parsed.success ? parsed.data.map(([url, cite, note]) => ({ url, cite, text: '', note })) : null;
  } catch {
    return null;
  }
}
