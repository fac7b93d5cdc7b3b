/**
 * Progress for long runs: one line when a test file starts and one when it ends (with its time and
 * result), and at the end the wall time of each project. Vitest's default reporter prints a file only
 * when it is done, which leaves minutes of silence during the browser tests.
 */
import type { Reporter, TestModule } from 'vitest/node';

const clock = () => new Date().toISOString().slice(11, 19);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class ProgressReporter implements Reporter {
  /** Wall-clock span of each project: first file started, last file ended. */
  private readonly spans = new Map<string, { start: number; end: number; files: number }>();

  onTestModuleStart(module: TestModule): void {
    const project = module.project.name;
    const span = this.spans.get(project) ?? { start: Date.now(), end: Date.now(), files: 0 };
    this.spans.set(project, span);
    process.stdout.write(`${clock()} ▶ ${project} ${module.relativeModuleId}\n`);
  }

  onTestModuleEnd(module: TestModule): void {
    const span = this.spans.get(module.project.name);
    if (span) {
      span.end = Date.now();
      span.files++;
    }
    const verdict = module.ok() ? 'ok' : 'FAILED';
    process.stdout.write(
      `${clock()} ■ ${module.project.name} ${module.relativeModuleId} ${verdict} in ${seconds(module.diagnostic().duration)}\n`,
    );
  }

  onTestRunEnd(): void {
    for (const [project, { start, end, files }] of this.spans) {
      process.stdout.write(`time: ${project} ${seconds(end - start)} (${files} file${files === 1 ? '' : 's'}, wall clock)\n`);
    }
  }
}
