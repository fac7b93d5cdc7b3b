/** The build's move of the CSP <meta> to the top of <head> (scripts/lib/csp-first.ts). */
import { describe, expect, test } from 'vitest';
import { cspFirst } from '../../scripts/lib/csp-first.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><script>1</script></body></html>`;

describe('cspFirst', () => {
  test('moves the policy to right after <meta charset>, before the scripts and the stylesheet', () => {
    const html = page(`<meta charset="utf-8"><title>t</title><script>x()</script>${csp}<link rel="stylesheet" href="/a.css">`);
    expect(cspFirst(html, 'a.html')).toBe(
      page(`<meta charset="utf-8">${csp}<title>t</title><script>x()</script><link rel="stylesheet" href="/a.css">`),
    );
  });

  test('leaves a page whose policy is already first as it is', () => {
    const html = page(`<meta charset="utf-8">${csp}<title>t</title>`);
    expect(cspFirst(html, 'a.html')).toBe(html);
  });

  test('refuses a page without exactly one policy in <head>, or without a charset, naming the file', () => {
    expect(() => cspFirst(page('<meta charset="utf-8"><title>t</title>'), 'dist/x/index.html')).toThrow(/dist\/x\/index\.html.*found 0/);
    expect(() => cspFirst(page(`<meta charset="utf-8">${csp}${csp}`), 'b.html')).toThrow(/b\.html.*found 2/);
    expect(() => cspFirst(`<html><head><meta charset="utf-8"></head><body>${csp}</body></html>`, 'c.html')).toThrow(/c\.html/);
    expect(() => cspFirst(page(`<title>t</title>${csp}`), 'd.html')).toThrow(/d\.html.*charset/);
  });
});
