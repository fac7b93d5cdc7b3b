// @ts-check
/**
 * The layering rule (`layering/import-boundary`), resolved on real paths rather than on the text of the
 * specifier, so `../scripts/x.ts` from src/pages/ (that is src/scripts/, client code) is told apart from the
 * build's scripts/:
 * - core/ is shared by the build and the site: it imports only core/;
 * - scripts/ (the build) imports core/ and scripts/, never src/;
 * - src/ (the site) imports core/ and src/, never scripts/;
 * - tests/ and bench/ may import anything; nothing imports tests/ or bench/ but themselves.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** @type {Record<string, string[]>} top-level folder → the top-level folders it may import from */
const allowed = {
  core: ['core'],
  scripts: ['core', 'scripts'],
  src: ['core', 'src'],
};

const why = {
  core: 'core/ is shared by the build and the site: it imports neither scripts/ nor src/.',
  scripts: 'scripts/ may import core/, never src/: move what both need to core/.',
  src: 'src/ may import core/, never scripts/: move what both need to core/.',
};

/**
 * The repository's top-level folder holding `file`, or null outside the repository.
 * @param {string} file
 * @returns {string | null}
 */
function topFolder(file) {
  const rel = relative(root, file);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0] ?? null;
}

/** @type {import('eslint').Rule.RuleModule} */
const importBoundary = {
  meta: { type: 'problem', docs: { description: 'scripts/ and src/ import core/, never each other' }, schema: [] },
  create(context) {
    // A client script inside an .astro file is linted as `Page.astro/1_1.ts`: its folder is the .astro file's.
    const file = context.physicalFilename;
    const from = topFolder(file);
    const may = from ? allowed[from] : undefined;
    /** @param {import('estree').Node & { source?: unknown }} node */
    const check = (node) => {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      const spec = source && typeof source.value === 'string' ? source.value : null;
      if (!may || !spec || !spec.startsWith('.')) return;
      const to = topFolder(resolve(dirname(file), spec));
      if (to && to !== from && !may.includes(to)) {
        context.report({ node, message: `Import of ${to}/ from ${from}/: ${why[/** @type {keyof typeof why} */ (from)]}` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const layering = { rules: { 'import-boundary': importBoundary } };
