/** Turning a seed file into lines a parser can walk, with the checks every kind needs first. */
import type { Problem } from '../../core/schemas/problem.ts';

/** One line of a seed as read: `no` is 1-based, `text` has line-end and trailing space removed. */
export interface SourceLine {
  no: number;
  text: string;
}

/** A decoded seed: its name (as problems cite it) and its lines. */
export interface SourceText {
  file: string;
  lines: SourceLine[];
}

export type Decoded = { ok: true; source: SourceText } | { ok: false; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 and splits lines; CRLF and CR are accepted as line ends. */
export function decodeSeed(file: string, bytes: Uint8Array): Decoded {
  const fail = (line: number, code: string, message: string): Decoded => ({
    ok: false,
    problem: { file, line, severity: 'error', code, message },
  });
  if (bytes.length === 0) return fail(0, 'empty-file', 'file is empty; expected a UN document as UTF-8 text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return fail(
      line,
      'not-utf8',
      `file is not valid UTF-8 (first bad byte on line ${line}); expected UTF-8 text converted from the official PDF`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return fail(line, 'binary-content', 'file contains NUL bytes; expected plain text');
  }
  if (text.trim() === '') return fail(1, 'empty-file', 'file holds only white space; expected a UN document');
  const lines = text.split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, text: raw.replace(/[\s\u3000]+$/u, '') }));
  return { ok: true, source: { file, lines } };
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Walk UTF-8 sequences to find the first one that is malformed.
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += len;
  }
  return line;
}
