import { z } from 'zod';

/** A problem met while reading a seed: where it is and what was expected. */
export const problemSchema = z.object({
  /** Seed file name, relative to the seeds folder. */
  file: z.string(),
  /** 1-based line in that file (0 when the problem is about the whole file). */
  line: z.number().int().nonnegative(),
  /** `error` fails the build; `warning` is printed only. */
  severity: z.enum(['error', 'warning']),
  /** Stable machine-readable code, e.g. `unplaced-paragraph`. */
  code: z.string(),
  /** What was found and what was expected, in English. */
  message: z.string(),
});
export type Problem = z.infer<typeof problemSchema>;
