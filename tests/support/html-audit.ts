/**
 * What a built page allows to run: its Content-Security-Policy, its inline scripts (with their sha256),
 * inline event handlers and `javascript:` URLs. Read with parse5, so text that merely looks like a tag
 * (escaped `&lt;script&gt;`) is text, as the browser sees it.
 */
import { createHash } from 'node:crypto';
import { parse } from 'parse5';

type Node = {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  parentNode?: Node;
};

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;

/** Script types the browser executes (anything else, e.g. application/json, is inert data). */
const EXECUTABLE = new Set(['', 'text/javascript', 'module', 'application/javascript']);

export interface PageAudit {
  /** Content of the CSP meta tags (normally exactly one). */
  csp: string[];
  /** Whether the CSP meta comes before every script in the document. */
  cspBeforeScripts: boolean;
  /** Whether <head> opens with <meta charset> and then the CSP meta (no element between them). */
  cspFirstInHead: boolean;
  /** sha256 (base64, as CSP writes it) of each executable inline script. */
  inlineScriptHashes: string[];
  /** `tag[attr]` for every on* attribute. */
  handlers: string[];
  /** Attribute values starting with javascript: (href, src, action, formaction…). */
  javascriptUrls: string[];
  /** Elements that would be script if the text had been left unescaped: <script> with the given marker, <img onerror>. */
  scriptElements: number;
}

export function auditHtml(html: string): PageAudit {
  const doc = parse(html) as unknown as Node;
  const out: PageAudit = {
    csp: [],
    cspBeforeScripts: true,
    cspFirstInHead: false,
    inlineScriptHashes: [],
    handlers: [],
    javascriptUrls: [],
    scriptElements: 0,
  };
  let seenScript = false;
  walk(doc, (n) => {
    if (n.nodeName === 'head') {
      const [first, second] = (n.childNodes ?? []).filter((c) => !c.nodeName.startsWith('#'));
      out.cspFirstInHead =
        first?.nodeName === 'meta' &&
        attr(first, 'charset') !== undefined &&
        second?.nodeName === 'meta' &&
        attr(second, 'http-equiv')?.toLowerCase() === 'content-security-policy';
    }
    if (n.nodeName === 'meta' && attr(n, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      out.csp.push(attr(n, 'content') ?? '');
      if (seenScript) out.cspBeforeScripts = false;
    }
    if (n.nodeName === 'script') {
      seenScript = true;
      out.scriptElements++;
      const type = (attr(n, 'type') ?? '').toLowerCase();
      if (attr(n, 'src') === undefined && EXECUTABLE.has(type)) {
        const text = (n.childNodes ?? []).map((c) => c.value ?? '').join('');
        out.inlineScriptHashes.push(`sha256-${createHash('sha256').update(text).digest('base64')}`);
      }
    }
    for (const a of n.attrs ?? []) {
      if (/^on[a-z]+$/i.test(a.name)) out.handlers.push(`${n.nodeName}[${a.name}]`);
      if (/^\s*javascript:/i.test(a.value)) out.javascriptUrls.push(`${n.nodeName}[${a.name}]=${a.value}`);
    }
  });
  return out;
}

/** The sources one CSP directive allows (`script-src` → ["'self'", …]); null when the directive is absent. */
export function cspDirective(csp: string, name: string): string[] | null {
  for (const part of csp.split(';')) {
    const [n, ...values] = part.trim().split(/\s+/);
    if (n === name) return values;
  }
  return null;
}
