// The helpers in scripts/lib/ that the benchmarks and the browser tests' server share.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimeDir, writeNginxConfig } from '../../scripts/lib/nginx.ts';
import { median } from '../../scripts/lib/statistics.ts';
import { markdownTable } from '../../scripts/lib/table.ts';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('refuses no values rather than answer undefined', () => {
    expect(() => median([])).toThrow();
  });
});

describe('markdownTable', () => {
  it('writes a header, its separator and the rows', () => {
    expect(markdownTable(['a', 'b'], [['1', '2'], ['3', '4']])).toEqual(['| a | b |', '|---|---|', '| 1 | 2 |', '| 3 | 4 |']);
  });
});

describe('the nginx configuration for a port', () => {
  // A port nothing listens on: only files are written.
  const port = 1;
  afterAll(() => rmSync(runtimeDir(port), { recursive: true, force: true }));

  it('fills in the address, the site, deploy/ and its own folder', () => {
    const config = writeNginxConfig(port, '/some/dist');
    const nginx = readFileSync(config, 'utf8');
    const site = readFileSync(join(runtimeDir(port), 'site.conf'), 'utf8');
    for (const text of [nginx, site]) expect(text).not.toMatch(/\{\{\w+\}\}/);
    expect(site).toContain('127.0.0.1:1');
    expect(site).toContain('/some/dist');
    expect(nginx).toContain(`${runtimeDir(port)}/nginx.pid`);
  });
});
