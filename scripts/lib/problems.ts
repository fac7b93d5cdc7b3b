/** A problem a parser met: never thrown, always returned, so the CLI can print them all. */
import type { Problem } from '../../core/schemas/problem.ts';

export type { Problem };

/** Collects problems for one source file, so call sites only say line and message. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  constructor(readonly file: string) {}

  /** Stops the build: the text could not be placed or the input is malformed. */
  error(line: number, code: string, message: string): void {
    this.problems.push({ file: this.file, line, severity: 'error', code, message });
  }

  /** Worth reading, does not stop the build. */
  warning(line: number, code: string, message: string): void {
    this.problems.push({ file: this.file, line, severity: 'warning', code, message });
  }

  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

/** `file:line: severity [code] message`, the form editors and terminals link. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity} [${p.code}] ${p.message}`;
}
