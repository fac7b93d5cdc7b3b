/**
 * Reading the built site as files: every page, its ids, its internal links and the text a reader sees or hears
 * (parse5 does the HTML). Read once per worker and shared by the files that use it (the e2e files share
 * modules, vitest.config.ts): a pass over every page's HTML takes a core about 1.5 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { dist } from './harness.ts';

export interface BuiltPage {
  /** URL path of the page (`/documents/x/`). */
  path: string;
  ids: Set<string>;
  /** Internal hrefs as written. */
  links: string[];
  /** What a reader sees or hears: text outside scripts and styles, and labelling attributes, one piece a line. */
  visibleText: string;
}

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

/** Attributes whose text a reader sees or hears (the English ones the interface switches to included). */
const VISIBLE_ATTRS = new Set(['title', 'aria-label', 'alt', 'placeholder', 'data-en-aria-label', 'data-en-title']);

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

/** Text nodes under `node`, skipping scripts and styles, plus labelling attributes. */
function visibleText(node: Node, out: string[]): void {
  if (node.nodeName === 'script' || node.nodeName === 'style') return;
  if (node.nodeName === '#text' && node.value) out.push(node.value);
  for (const a of node.attrs ?? []) if (VISIBLE_ATTRS.has(a.name)) out.push(a.value);
  for (const c of node.childNodes ?? []) visibleText(c, out);
  if (node.content) visibleText(node.content, out);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

let read: BuiltPage[] | null = null;

/** Every page of dist/ (or DIST_DIR), read once per worker. */
export function builtPages(): BuiltPage[] {
  read ??= htmlFiles(dist).map((file) => {
    const rel = '/' + relative(dist, file).replace(/\\/g, '/');
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const ids = new Set<string>();
    const links: string[] = [];
    const tree = parse(readFileSync(file, 'utf8')) as Node;
    walk(tree, (n) => {
      for (const a of n.attrs ?? []) {
        if (a.name === 'id') ids.add(a.value);
        if (a.name === 'href' && (n.nodeName === 'a' || n.nodeName === 'link') && !/^[a-z]+:/i.test(a.value)) links.push(a.value);
      }
    });
    const text: string[] = [];
    visibleText(tree, text);
    return { path, ids, links, visibleText: text.join('\n') };
  });
  return read;
}
