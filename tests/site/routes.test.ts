// The content check's route table (src/lib/content/routes.ts) against what the build produced:
// the same pages, no more and no fewer, so a link the check accepts is never broken and the
// table cannot drift from src/pages/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';
import { ageOptions, concernOptions, whoOptions } from '../../src/lib/content/guides/navigator-questions.ts';
import { describeRegion } from '../../src/lib/region.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const root = join(import.meta.dirname, '../..');
const { routes, errors, site } = validateContent(join(root, 'content'), { displayRoot: root });
const built = builtPages().map((p) => p.url);

describe('the route table', () => {
  it('comes from valid content', () => {
    expect(errors).toEqual([]);
  });

  it('has every page in dist/, and no page that is not there', () => {
    const table = [...routes!.allPages()].sort();
    expect(table.filter((path) => !built.includes(path))).toEqual([]);
    expect(built.filter((path) => !table.includes(path))).toEqual([]);
    expect(table).toHaveLength(built.length);
  });

  it('answers for each page as dist/ does, the navigator\'s answers by age included', () => {
    const ageSteps = whoOptions.flatMap(({ slug: who }) => concernOptions.flatMap(({ slug: concern }) =>
      describeRegion(site!, () => undefined).places.flatMap((place) => ageOptions.map(({ slug: age }) => `/hitta-hjalp/${who}/${concern}/${place}/${age}/`))));
    expect(built.filter((path) => !routes!.has(path))).toEqual([]);
    expect(ageSteps.filter((path) => routes!.has(path) !== built.includes(path))).toEqual([]);
    expect(ageSteps.filter((path) => built.includes(path)).length).toBeGreaterThan(0);
  });

  it('has only files that are in dist/', () => {
    expect([...routes!.files].filter((path) => !existsSync(join(distDir, path)))).toEqual([]);
  });
});
