// The content check knows the MDX blocks by name (names.ts, plain TypeScript); the pages get
// them from index.ts, which imports the .astro files. The two lists must be the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockNames } from '../../src/lib/content/block-names.ts';

const folder = join(import.meta.dirname, '../../src/features/editions/blocks');

describe('the MDX blocks', () => {
  it('names.ts names every block in the folder, and index.ts provides exactly those', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, ''));
    const provided = /export const blocks = \{([^}]*)\}/.exec(readFileSync(join(folder, 'index.ts'), 'utf8'))![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    expect([...blockNames].sort()).toEqual(files.sort());
    expect([...blockNames].sort()).toEqual(provided.sort());
  });
});
