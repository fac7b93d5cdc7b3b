import { describe, expect, test } from 'vitest';
import { decodeSeed } from '../../scripts/lib/source.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeSeed', () => {
  test('splits LF, CRLF and CR alike and trims line ends', () => {
    const r = decodeSeed('a.txt', enc('一 \r\n二\r三\n'));
    expect(r.ok && r.source.lines.map((l) => l.text)).toEqual(['一', '二', '三', '']);
  });
  test('empty file is an error naming the file', () => {
    const r = decodeSeed('a.txt', new Uint8Array());
    expect(r).toMatchObject({ ok: false, problem: { file: 'a.txt', line: 0, code: 'empty-file' } });
  });
  test('GB18030 bytes are rejected with the line of the first bad byte', () => {
    const bytes = new Uint8Array([...enc('第一行\n'), 0xb5, 0xda, 0x0a]);
    const r = decodeSeed('b.txt', bytes);
    expect(r).toMatchObject({ ok: false, problem: { file: 'b.txt', line: 2, code: 'not-utf8' } });
  });
  test('NUL bytes are rejected', () => {
    const r = decodeSeed('c.txt', enc('ab\ncd\u0000'));
    expect(r).toMatchObject({ ok: false, problem: { line: 2, code: 'binary-content' } });
  });
});
