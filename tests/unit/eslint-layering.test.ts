/**
 * The layering rule resolves import paths: src/pages/ importing `../scripts/x.ts` means src/scripts/ (client
 * code, allowed), while `../../scripts/` from src/pages/ is the build (refused).
 */
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { RuleTester } from 'eslint';
import { layering } from '../support/eslint-layering.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const at = (path: string) => resolve(import.meta.dirname, '..', '..', path);

tester.run('layering/import-boundary', layering.rules['import-boundary'], {
  valid: [
    { code: "import '../scripts/charts.ts';", filename: at('src/pages/x.astro') },
    { code: "import { a } from '../../core/dates.ts';", filename: at('src/lib/x.ts') },
    { code: "import { a } from '../../core/dates.ts';", filename: at('scripts/cli/x.ts') },
    { code: "import { a } from '../../scripts/cli/parse.ts';", filename: at('tests/unit/x.test.ts') },
    { code: "import { z } from 'zod';", filename: at('core/x.ts') },
  ],
  invalid: [
    { code: "import { a } from '../../scripts/kinds/x.ts';", filename: at('src/pages/x.astro'), errors: 1 },
    { code: "export { a } from '../../src/lib/cite.ts';", filename: at('scripts/cli/x.ts'), errors: 1 },
    { code: "const m = import('../src/lib/cite.ts');", filename: at('core/x.ts'), errors: 1 },
    { code: "import '../tests/support/serve.ts';", filename: at('src/x.ts'), errors: 1 },
  ],
});
