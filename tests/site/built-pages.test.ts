// Checks over every HTML file the build produced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/dist.ts';
import { describeBuiltPages } from '../helpers/page-checks.ts';

const pages = builtPages();
const site = readFileSync(join(import.meta.dirname, '../../content/site.yaml'), 'utf8');
const quickExitUrl = /quickExitUrl: (\S+)/.exec(site)![1]!;

describe('the build', () => {
  it('produced the foundation pages', () => {
    expect(pages.map((p) => p.url)).toEqual(
      expect.arrayContaining(['/', '/404.html', '/akut/', '/integritet/', '/om-webbplatsen/', '/tillganglighetsredogorelse/']),
    );
  });
});

describeBuiltPages(pages, distDir, quickExitUrl);
