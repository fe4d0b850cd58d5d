// Writes .br and .gz beside each text file in dist/, for nginx's brotli_static and gzip_static.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { timed } from './timing.ts';

export const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

// Brotli's best quality (11) costs about 25 ms per page here and quality 8 under 1 ms, for about
// 0.3 kB (9 %) more per page (measured on this site's 684 pages: 3.31 against 3.60 kB). Pages are
// many, so they get quality 8: a national site of 35,000 pages then compresses in under a minute
// instead of half an hour (npm run bench:scale). Stylesheets, scripts and data are few and shared
// by every page, so they get the best.
// The editor's 5 MB script under /admin/ (only staff load it) would take 16 s at quality 11 on every
// build for 10 % less: it gets 8 too.
const brotliQuality = (name: string, folder: string) => (name.endsWith('.html') || /[\\/]admin$/.test(folder) ? 8 : 11);

export function precompressFiles(root: string): number {
  let count = 0;
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !compressible.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const content = readFileSync(path);
    const { atime, mtime } = statSync(path);
    const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(entry.name, entry.parentPath), [constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
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
