// What a build wrote: files and bytes, and the HTML pages by section and by municipality, so that
// the pages that multiply with the municipalities (the navigator, the relatives' guide) show.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface DistStats {
  files: number;
  bytes: number;
  htmlPages: number;
  htmlBytes: number;
  /** The .br and .gz copies. */
  compressedBytes: number;
  pagefindBytes: number;
  /** HTML pages by section, e.g. "hitta-hjalp/for-mig", "mottagningar". */
  sections: Record<string, number>;
  /** HTML pages about each municipality (its id in the address), in site.yaml's order. */
  perMunicipality: number[];
}

/** Routes that exist once per municipality get one section for all of them. */
export function sectionOf(htmlPath: string, municipalities: ReadonlySet<string>): string {
  const folders = htmlPath.split('/').slice(0, -1);
  const [first, second] = folders;
  if (first === undefined || second === undefined) return 'single pages';
  if (first === 'hitta-hjalp' || first === 'for-anhoriga') {
    if (municipalities.has(second)) return `${first}/<kommun>`;
    if (first === 'for-anhoriga' && second !== 'guide' && second !== 'stod') return 'for-anhoriga/<artikel>';
    return `${first}/${second}`;
  }
  return first;
}

/** Whether a page is about the municipality: its id is a folder in the address or begins one (a service's id). */
const isAbout = (folders: string[], id: string) => folders.some((f) => f === id || f.startsWith(`${id}-`));

export function distStats(dist: string, municipalityIds: readonly string[]): DistStats {
  const municipalities = new Set(municipalityIds);
  const stats: DistStats = { files: 0, bytes: 0, htmlPages: 0, htmlBytes: 0, compressedBytes: 0, pagefindBytes: 0, sections: {}, perMunicipality: municipalityIds.map(() => 0) };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dist, join(entry.parentPath, entry.name)).replace(/\\/g, '/');
    const size = statSync(join(dist, path)).size;
    stats.files += 1;
    stats.bytes += size;
    if (/\.(br|gz)$/.test(path)) stats.compressedBytes += size;
    else if (path.startsWith('pagefind/')) stats.pagefindBytes += size;
    if (!path.endsWith('.html')) continue;
    stats.htmlPages += 1;
    stats.htmlBytes += size;
    const section = sectionOf(path, municipalities);
    stats.sections[section] = (stats.sections[section] ?? 0) + 1;
    const folders = path.split('/').slice(0, -1);
    municipalityIds.forEach((id, i) => {
      if (isAbout(folders, id)) stats.perMunicipality[i]! += 1;
    });
  }
  return stats;
}
