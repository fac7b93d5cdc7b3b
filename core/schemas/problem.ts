import { z } from 'zod';

/** A problem met while reading a seed: where it is and what was expected. */
export const problemSchema = z.object({
  file: z.string().meta({ description: 'Seed file name, relative to the seeds folder.', zh: '原始文件名，相对于 seeds 文件夹。' }),
  line: z.number().int().nonnegative().meta({
    description: '1-based line in that file (0 when the problem is about the whole file).',
    zh: '该文件中的行号，从 1 起（问题涉及整个文件时为 0）。',
  }),
  severity: z
    .enum(['error', 'warning'])
    .meta({ description: '`error` fails the build; `warning` is printed only.', zh: '`error` 使构建失败；`warning` 仅打印。' }),
  code: z.string().meta({
    description: 'Stable machine-readable code, e.g. `unplaced-paragraph`.',
    zh: '稳定的机器可读代码，例如 `unplaced-paragraph`。',
  }),
  message: z.string().meta({ description: 'What was found and what was expected, in English.', zh: '发现了什么、预期的是什么（英文）。' }),
});
export type Problem = z.infer<typeof problemSchema>;
