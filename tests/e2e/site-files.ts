/** Reading the built site as files: every page, its ids and its internal links (parse5 does the HTML). */
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
}

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export function builtPages(): BuiltPage[] {
  return htmlFiles(dist).map((file) => {
    const rel = '/' + relative(dist, file).replace(/\\/g, '/');
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const ids = new Set<string>();
    const links: string[] = [];
    walk(parse(readFileSync(file, 'utf8')), (n) => {
      for (const a of n.attrs ?? []) {
        if (a.name === 'id') ids.add(a.value);
        if (a.name === 'href' && (n.nodeName === 'a' || n.nodeName === 'link') && !/^[a-z]+:/i.test(a.value)) links.push(a.value);
      }
    });
    return { path, ids, links };
  });
}
