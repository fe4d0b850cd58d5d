// Imports in src/ run down the floor order only (scripts/lib/import-graph.ts; docs/design.md says
// why each floor sits where it does): a file imports from its own floor or a lower one, never up.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { floorOf, importKey, importsIn, specifiers, upwardImports } from '../../scripts/lib/import-graph.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const upward = upwardImports(importsIn(root));
const describeImport = (i: (typeof upward)[number]) => `${importKey(i)} (${i.fromFloor} → ${i.toFloor})`;

describe('import direction in src/', () => {
  it('has no upward import', () => {
    expect(upward.map(describeImport), 'import from this floor or a lower one (npm run imports shows the floors)').toEqual([]);
  });

  it('gives every file in src/ a floor', () => {
    expect(upward.filter((i) => i.toFloor === 'unknown' || i.toFloor === 'outside src').map(describeImport)).toEqual([]);
  });
});

describe('reading imports', () => {
  it('finds static, side-effect, re-export, dynamic and type imports', () => {
    const code = [
      "import a from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "import './d.css';",
      "export { e } from './e.ts';",
      "export * from './f.ts';",
      "const g = await import('./g.ts');",
      "let h: import('./h.ts').H;",
      "// import nothing from './comment.ts'",
      "const text = \"import x from './string.ts'\";",
    ].join('\n');
    expect(specifiers(code, 'x.ts')).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: './b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: true },
      { specifier: './d.css', typeOnly: false },
      { specifier: './e.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: false },
      { specifier: './g.ts', typeOnly: false },
      { specifier: './h.ts', typeOnly: true },
    ]);
  });

  it('puts a file on the floor of its most specific folder', () => {
    expect(floorOf('lib/phone.ts')).toBe('lib');
    expect(floorOf('lib/content/validate.ts')).toBe('collections');
    expect(floorOf('content.config.ts')).toBe('collections');
    expect(floorOf('features/navigator/match.ts')).toBe('features');
    expect(floorOf('library/x.ts')).toBeUndefined();
  });
});
