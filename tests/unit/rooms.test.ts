// Scripts and tests in their own rooms: tests may import scripts/lib/ (and src/), never the other
// way round, and the site's own code in src/ imports neither. A helper both need lives in
// scripts/lib/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const sourceFile = /\.(ts|mts|mjs|js|astro)$/;

function files(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every relative module a file imports or re-exports (static, dynamic and type-only), resolved from the project root. */
function importedPaths(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((match) => match[1]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => relative(root, resolve(root, dirname(file), s)));
}

function crossings(from: string, forbidden: readonly string[]): string[] {
  return files(from).flatMap((file) =>
    importedPaths(file, readFileSync(join(root, file), 'utf8'))
      .filter((target) => forbidden.some((room) => target === room || target.startsWith(`${room}/`)))
      .map((target) => `${file} imports ${target}`),
  );
}

describe('scripts and tests in their own rooms', () => {
  it('no file in scripts/ imports from tests/', () => {
    expect(crossings('scripts', ['tests'])).toEqual([]);
  });

  it('no file in src/ imports from scripts/ or tests/', () => {
    expect(crossings('src', ['scripts', 'tests'])).toEqual([]);
  });

  it('sees an import that crosses', () => {
    expect(importedPaths('scripts/x.ts', "import { a } from '../tests/helpers/a.ts';\nimport type { B } from \"../src/b.ts\";")).toEqual(['tests/helpers/a.ts', 'src/b.ts']);
    expect(importedPaths('src/lib/x.ts', "const m = await import('../../scripts/lib/m.ts');\nexport * from '../../tests/t.ts';\nimport '../../tests/side-effect.ts';")).toEqual([
      'tests/t.ts',
      'scripts/lib/m.ts',
      'tests/side-effect.ts',
    ]);
  });
});
