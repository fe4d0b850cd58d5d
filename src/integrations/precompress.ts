// Writes .br and .gz beside each text file in dist/, for nginx's brotli_static and gzip_static.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { timed } from './timing.ts';

export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

export function precompressFiles(root: string): number {
  let count = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !compressible.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const content = readFileSync(path);
    const { atime, mtime } = statSync(path);
    const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    // nginx recommends the same modification time on the original and its compressed copies.
    utimesSync(`${path}.br`, atime, mtime);
    utimesSync(`${path}.gz`, atime, mtime);
    count += 1;
  }
  return count;
}

export function precompress(): AstroIntegration {
  return {
    name: 'en-vag-in:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        timed('precompress', logger, () => {
          logger.info(`Komprimerade ${precompressFiles(fileURLToPath(dir))} filer (brotli och gzip).`);
        }),
    },
  };
}
