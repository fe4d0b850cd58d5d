// `npm run bench:scale -- --municipalities 290`: how the build grows with the number of
// municipalities. For each size (5, 50 and N) a copy of the project gets synthetic content
// (scripts/bench/synthetic-content.ts), passes the content check and is built; the benchmark
// measures pages, the build's phases, the peak memory of its process tree and dist/, and prints
// a Markdown table against the targets (also written to tests/.tmp/bench-scale.md). Not a test:
// it exits 0 when a target is missed and says which.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compressible } from '../src/integrations/precompress.ts';
import { todayInSweden } from '../src/lib/build-date.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { parseBuildLog, runBuild, stopRunningBuild, type BuildLog, type BuildRun } from './bench/build-run.ts';
import { distStats, type DistStats } from './bench/dist-stats.ts';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { median } from './lib/statistics.ts';
import { markdownHeader, markdownRow } from './lib/table.ts';

const root = resolve(import.meta.dirname, '..');
const workDir = join(root, 'tests/.tmp/bench-scale');
const reportPath = join(root, 'tests/.tmp/bench-scale.md');
/** Sweden's municipalities: the size the "whole national set" target is about. */
const national = 290;

const targets = {
  astroFixedMs: 30_000,
  astroPerThousandMs: 30_000,
  pagefindPerThousandMs: 5_000,
  peakBytes: 4 * 1024 ** 3,
  nationalMs: 10 * 60_000,
  /** A larger size may exceed the straight line through the two smallest by this factor and still count as linear. */
  linearSlack: 1.25,
};

const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: String(national) },
    sizes: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'time-limit': { type: 'string', default: '1800' },
  },
});
const largest = Number(values.municipalities);
const sizes = values.sizes
  ? values.sizes.split(',').map((s) => Number(s.trim()))
  : [...new Set([5, 50, largest].filter((n) => n <= largest))];
const timeLimitMs = Number(values['time-limit']) * 1000;
if (sizes.some((n) => !Number.isInteger(n) || n < 5) || !Number.isInteger(largest) || !(timeLimitMs > 0)) {
  console.error('Användning: npm run bench:scale -- [--municipalities 290] [--sizes 5,50,290] [--time-limit sekunder] [--keep]. Minst 5 kommuner: de fem riktiga behövs.');
  process.exit(1);
}
sizes.sort((a, b) => a - b);

interface Result {
  municipalities: number;
  municipalityIds: string[];
  services: number;
  programmes: number;
  contentCheckMs: number;
  run: BuildRun;
  log: BuildLog;
  logPath: string;
  /** From the build's start to the end of Astro's own work (when the Pagefind step began). */
  astroMs?: number;
  pagefindMs?: number;
  /** Measured, or for a build stopped while compressing, extrapolated from the files done. */
  compression?: { ms: number; estimate?: { done: number; total: number; doneBytes: number; totalBytes: number; elapsedMs: number } };
  /** The build's whole time, or for a stopped build the sum of its phases (estimated). */
  totalMs?: number;
  /** What was written: after a finished build, or after a stopped one once every page existed. */
  dist?: DistStats;
}

/** What a copy of the project leaves out: what builds, tests and git leave behind. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'tests/.tmp']);

function copyProject(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    if (notCopied.has(relative(root, source))) continue;
    // cpSync will not copy a folder into itself, and the copies live inside the project.
    if (workDir.startsWith(`${source}/`)) copyProject(source, join(to, entry));
    else cpSync(source, join(to, entry), { recursive: true });
  }
}

/**
 * How far the precompression of a stopped build got: the files with a .br copy, of all it
 * compresses, and their bytes (brotli's time follows the bytes more than the number of files).
 */
function compressionProgress(dist: string): { done: number; total: number; doneBytes: number; totalBytes: number } {
  const sizes = new Map<string, number>();
  const compressed = new Set<string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.br')) compressed.add(path.slice(0, -3));
    else if (compressible.test(entry.name)) sizes.set(path, statSync(path).size);
  }
  let doneBytes = 0;
  for (const path of compressed) doneBytes += sizes.get(path) ?? 0;
  const totalBytes = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  return { done: compressed.size, total: sizes.size, doneBytes, totalBytes };
}

async function measure(municipalities: number): Promise<Result> {
  const project = join(workDir, `kommuner-${municipalities}`);
  const logPath = join(workDir, `kommuner-${municipalities}.log`);
  rmSync(project, { recursive: true, force: true });
  copyProject(root, project);
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  // Tailwind's class scanner honours .gitignore only inside a git repository; without one it
  // reads the linked node_modules too, which made the build's Vite step 20–30 times slower and
  // its CSS three times larger than the real build's. An empty .git folder is enough.
  mkdirSync(join(project, '.git'));
  // Reviewed yesterday in Sweden: never "in the future", whatever the hour.
  const reviewed = todayInSweden(new Date(Date.now() - 86_400_000));
  const content = writeSyntheticContent(join(project, 'content'), municipalities, reviewed);
  const checkStart = performance.now();
  const report = validateContent(join(project, 'content'), { displayRoot: project, i18nDir: join(project, 'src/i18n') });
  const contentCheckMs = performance.now() - checkStart;
  if (report.errors.length > 0) {
    throw new Error(`Det syntetiska innehållet för ${municipalities} kommuner har ${report.errors.length} fel:\n${report.errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  console.log(`${municipalities} kommuner: ${content.services} syntetiska mottagningar, ${content.programmes} syntetiska stödprogram, innehållskontroll ${seconds(contentCheckMs)}. Bygger (högst ${minutes(timeLimitMs)}) …`);

  const run = await runBuild(project, logPath, timeLimitMs);
  const log = parseBuildLog(readFileSync(logPath, 'utf8'));
  const step = (name: string) => log.steps.find((s) => s.step === name);
  const pagefind = step('pagefind');
  const precompress = step('precompress');
  const result: Result = { municipalities, municipalityIds: content.municipalities, services: content.services, programmes: content.programmes, contentCheckMs, run, log, logPath };
  if (pagefind) Object.assign(result, { astroMs: pagefind.startedAt - run.startedAt, pagefindMs: pagefind.ms });
  const dist = join(project, 'dist');
  if (!run.stopped && run.exitCode !== 0) {
    const tail = readFileSync(logPath, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`Bygget för ${municipalities} kommuner misslyckades (kod ${run.exitCode}). Loggen: ${logPath}\n${tail}`);
  }
  if (!run.stopped) {
    result.dist = distStats(dist, content.municipalities);
    result.totalMs = run.wallMs;
    if (precompress) result.compression = { ms: precompress.ms };
    console.log(`  klart på ${minutes(run.wallMs)}: ${count(result.dist.htmlPages)} sidor, högst ${gib(run.peakRssBytes)} minne.`);
  } else if (pagefind && result.astroMs !== undefined) {
    // Stopped while compressing: every page exists, and the share of files done gives the rest.
    result.dist = distStats(dist, content.municipalities);
    const elapsedMs = run.startedAt + run.wallMs - (pagefind.startedAt + pagefind.ms);
    const progress = compressionProgress(dist);
    if (progress.doneBytes > 0) {
      result.compression = { ms: (elapsedMs * progress.totalBytes) / progress.doneBytes, estimate: { ...progress, elapsedMs } };
      result.totalMs = result.astroMs + pagefind.ms + result.compression.ms;
    }
    console.log(`  stoppad efter ${minutes(run.wallMs)} (tidsgräns) under komprimeringen: ${count(result.dist.htmlPages)} sidor, ${count(progress.done)} av ${count(progress.total)} filer (${mib(progress.doneBytes)} av ${mib(progress.totalBytes)}) komprimerade.`);
  } else {
    console.log(`  stoppad efter ${minutes(run.wallMs)} (tidsgräns): ${count(log.routesWritten)} sidor skrivna.`);
  }
  if (!values.keep) rmSync(project, { recursive: true, force: true });
  return result;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const minutes = (ms: number) => (ms >= 120_000 ? `${(ms / 60_000).toFixed(1)} min` : seconds(ms));
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en-US')} MiB`;
const count = (n: number) => Math.round(n).toLocaleString('en-US');
/** Seconds per 1,000 pages. */
const perThousand = (ms: number, pages: number) => `${(ms / pages).toFixed(1)} s`;
const maybe = (ms: number | undefined, format = minutes) => (ms === undefined ? '–' : format(ms));

const astroBudget = (pages: number) => targets.astroFixedMs + (targets.astroPerThousandMs * pages) / 1000;
const pagefindBudget = (pages: number) => (targets.pagefindPerThousandMs * pages) / 1000;
const isEstimate = (r: Result) => r.run.stopped;

/** The targets a run misses, by name (a stopped run can still miss the national one). */
function missed(r: Result): string[] {
  const misses: string[] = [];
  const pages = r.dist?.htmlPages;
  if (pages !== undefined && r.astroMs !== undefined && r.astroMs > astroBudget(pages)) misses.push(`Astro (budget ${minutes(astroBudget(pages))})`);
  if (pages !== undefined && r.pagefindMs !== undefined && r.pagefindMs > pagefindBudget(pages)) misses.push(`Pagefind (budget ${minutes(pagefindBudget(pages))})`);
  if (r.run.peakRssBytes > targets.peakBytes) misses.push('memory > 4 GiB');
  const total = r.totalMs ?? (r.run.stopped ? r.run.wallMs : undefined);
  if (r.municipalities >= national && total !== undefined && total > targets.nationalMs) misses.push('national build > 10 min');
  return misses;
}

/** A straight line through two points, for growth and estimates. */
const line = (x1: number, y1: number, x2: number, y2: number) => (x: number) => y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);

/** The phases one reads off a run, for lines through runs. */
const phases: { name: string; pick: (r: Result) => number | undefined }[] = [
  { name: 'build', pick: (r) => r.totalMs },
  { name: 'Astro', pick: (r) => r.astroMs },
  { name: 'page generation', pick: (r) => r.log.pageGenerationMs },
  { name: 'Pagefind', pick: (r) => r.pagefindMs },
  { name: 'compression', pick: (r) => r.compression?.ms },
];

function table(results: Result[]): string[] {
  const out = markdownHeader(['municipalities', 'HTML pages', 'build total', 'Astro (of which page generation)', 'Pagefind', 'compression', 'peak memory', 'dist size', 'target check']);
  for (const r of results) {
    const misses = missed(r);
    const check = misses.length ? `MISSED: ${misses.join('; ')}` : r.dist ? 'ok' : 'not finished';
    if (!r.dist) {
      out.push(markdownRow([String(r.municipalities), `${count(r.log.routesWritten)} written when stopped`, `stopped after ${minutes(r.run.wallMs)}`, '–', '–', '–', `${gib(r.run.peakRssBytes)} until stopped`, '–', check]));
      continue;
    }
    const d = r.dist;
    const generation = r.log.pageGenerationMs !== undefined ? ` (${seconds(r.log.pageGenerationMs)})` : '';
    const estimate = r.compression?.estimate;
    const total = isEstimate(r) ? `stopped after ${minutes(r.run.wallMs)}; ~${maybe(r.totalMs)} estimated` : minutes(r.run.wallMs);
    const compression = estimate ? `~${minutes(r.compression!.ms)} estimated (${count(estimate.done)} of ${count(estimate.total)} files, ${mib(estimate.doneBytes)} of ${mib(estimate.totalBytes)}, in ${minutes(estimate.elapsedMs)})` : maybe(r.compression?.ms);
    const size = isEstimate(r) ? `${mib(d.bytes)} when stopped (HTML ${mib(d.htmlBytes)})` : `${mib(d.bytes)}, ${count(d.files)} files`;
    out.push(markdownRow([String(r.municipalities), count(d.htmlPages), total, `${maybe(r.astroMs)}${generation}`, maybe(r.pagefindMs), compression, gib(r.run.peakRssBytes), size, check]));
  }
  return out;
}

function rates(measured: Result[]): string[] {
  if (measured.length === 0) return [];
  const out = ['', '## Per 1,000 HTML pages', ''];
  out.push(...markdownHeader(['municipalities', 'HTML pages', 'pages per municipality', 'build', 'Astro (target: 30 s + 30 s fixed)', 'page generation', 'Pagefind (target 5 s)', 'compression', 'HTML / compressed copies / Pagefind index']));
  for (const r of measured) {
    const d = r.dist!;
    const p = d.htmlPages;
    const rate = (ms: number | undefined) => (ms === undefined ? '–' : `${isEstimate(r) && ms === r.totalMs ? '~' : ''}${perThousand(ms, p)}`);
    const astro = r.astroMs !== undefined ? `${perThousand(r.astroMs, p)} (${perThousand(Math.max(0, r.astroMs - targets.astroFixedMs), p)} beyond the fixed 30 s)` : '–';
    const compression = r.compression ? `${r.compression.estimate ? '~' : ''}${perThousand(r.compression.ms, p)}` : '–';
    out.push(markdownRow([String(r.municipalities), count(p), (p / r.municipalities).toFixed(1), rate(r.totalMs), astro, rate(r.log.pageGenerationMs), rate(r.pagefindMs), compression, `${mib(d.htmlBytes)} / ${mib(d.compressedBytes)}${isEstimate(r) ? ' (partial)' : ''} / ${mib(d.pagefindBytes)}`]));
  }
  out.push('', `Pages Pagefind indexed: ${measured.map((r) => `${count(r.log.pagesIndexed ?? 0)} of ${count(r.dist!.htmlPages)} at ${r.municipalities}`).join(', ')}.`);
  out.push(`Content check (validateContent) on the synthetic set before building: ${measured.map((r) => `${seconds(r.contentCheckMs)} at ${r.municipalities}`).join(', ')}; the build runs it twice more (the content-check integration before Astro, and the content report page at /innehallsrapport/).`);
  out.push(`Peak memory by program at the peak: ${measured.map((r) => `${r.municipalities}: ${Object.entries(r.run.peakByProcess).filter(([, bytes]) => bytes >= 1024 ** 2).map(([name, bytes]) => `${name} ${mib(bytes)}`).join(', ')}`).join('; ')}.`);
  return out;
}

function growth(results: Result[], measured: Result[]): string[] {
  const out = ['', '## Growth', ''];
  for (let i = 1; i < measured.length; i += 1) {
    const a = measured[i - 1]!;
    const b = measured[i]!;
    const added = b.dist!.htmlPages - a.dist!.htmlPages;
    const parts = phases.map(({ name, pick }) => {
      const x = pick(a);
      const y = pick(b);
      return `${name} ${x === undefined || y === undefined ? '–' : `${isEstimate(a) || isEstimate(b) ? '~' : ''}${perThousand(y - x, added)}`}`;
    });
    out.push(`- ${a.municipalities} → ${b.municipalities} municipalities: +${count(added)} pages (${(added / (b.municipalities - a.municipalities)).toFixed(1)} per added municipality); per 1,000 added pages: ${parts.join(', ')}; peak memory +${mib(((b.run.peakRssBytes - a.run.peakRssBytes) / added) * 1000)}.`);
  }
  // Linear: the straight line through the two smallest sizes predicts the larger ones.
  if (measured.length >= 3) {
    const [a, b] = measured as [Result, Result];
    for (const c of measured.slice(2)) {
      const parts = phases.flatMap(({ name, pick }) => {
        const [x, y, z] = [pick(a), pick(b), pick(c)];
        if (x === undefined || y === undefined || z === undefined) return [];
        const expected = line(a.dist!.htmlPages, x, b.dist!.htmlPages, y)(c.dist!.htmlPages);
        return [`${name} predicted ${minutes(expected)}, ${isEstimate(c) && name === 'build' ? 'estimated' : 'measured'} ${minutes(z)} (×${(z / expected).toFixed(2)})`];
      });
      out.push(`- Linear growth at ${c.municipalities}, against the line through ${a.municipalities} and ${b.municipalities}: ${parts.join('; ')}.`);
    }
  } else {
    out.push('- Linear growth: needs three sizes that got as far as Pagefind to judge.');
  }
  // Page generation speed also shows whether a stopped run was slowing down.
  const speed = results.filter((r) => r.log.routeSeconds && r.log.routesWritten > 100);
  if (speed.length > 0) {
    out.push(`- Astro page generation, pages per second (from the log's clock): ${speed.map((r) => `${(r.log.routesWritten / r.log.routeSeconds!).toFixed(0)} at ${r.municipalities}`).join(', ')}.`);
  }
  return out;
}

/** Whether growth is linear: each phase within the slack of the line through the two smallest sizes. */
function linear(measured: Result[]): boolean | undefined {
  if (measured.length < 3) return undefined;
  const [a, b] = measured as [Result, Result];
  return measured.slice(2).every((c) =>
    phases.every(({ pick }) => {
      const [x, y, z] = [pick(a), pick(b), pick(c)];
      if (x === undefined || y === undefined || z === undefined) return true;
      return z <= targets.linearSlack * line(a.dist!.htmlPages, x, b.dist!.htmlPages, y)(c.dist!.htmlPages);
    }),
  );
}

function sections(measured: Result[]): string[] {
  if (measured.length === 0) return [];
  const first = measured[0]!;
  const last = measured.at(-1)!;
  const names = [...new Set(measured.flatMap((r) => Object.keys(r.dist!.sections)))].sort((x, y) => (last.dist!.sections[y] ?? 0) - (last.dist!.sections[x] ?? 0));
  const slope = (value: (r: Result) => number) => (measured.length > 1 ? [((value(last) - value(first)) / (last.municipalities - first.municipalities)).toFixed(1)] : []);
  const out = ['', '## HTML pages by section', ''];
  out.push(...markdownHeader(['section', ...measured.map((r) => `${r.municipalities} municipalities`), ...(measured.length > 1 ? ['per added municipality'] : [])]));
  for (const name of names) out.push(markdownRow([name, ...measured.map((r) => count(r.dist!.sections[name] ?? 0)), ...slope((r) => r.dist!.sections[name] ?? 0)]));
  out.push(markdownRow(['**all**', ...measured.map((r) => count(r.dist!.htmlPages)), ...slope((r) => r.dist!.htmlPages)]));
  out.push('', 'Pages per municipality (its id in the address: navigator steps, guide steps, its own page, its services and programmes):', '');
  for (const r of measured) {
    const counts = [...r.dist!.perMunicipality].sort((x, y) => x - y);
    out.push(`- ${r.municipalities} municipalities: min ${counts[0]}, median ${median(counts)}, max ${counts.at(-1)}; the real five: ${r.municipalityIds.slice(0, 5).map((id, i) => `${id} ${r.dist!.perMunicipality[i]}`).join(', ')}.`);
  }
  return out;
}

function verdict(results: Result[], measured: Result[]): string[] {
  const out = ['', '## Targets', ''];
  for (const r of results) {
    const misses = missed(r);
    const note = r.run.stopped ? ` (stopped at the time limit after ${minutes(r.run.wallMs)}${r.dist ? ', while compressing' : `, ${count(r.log.routesWritten)} pages written`})` : '';
    out.push(`- ${r.municipalities} municipalities${note}: ${misses.length ? `MISSED ${misses.join('; ')}` : r.dist ? 'all targets held' : 'no finished phase to check'}.`);
  }
  const isLinear = linear(measured);
  out.push(`- Linear growth: ${isLinear === undefined ? 'not judged (needs three sizes)' : isLinear ? `held (every phase within ×${targets.linearSlack} of the line through the two smallest sizes)` : `MISSED (a phase grows more than ×${targets.linearSlack} beyond the line through the two smallest sizes)`}.`);
  if (!measured.some((r) => r.municipalities === national) && measured.length >= 2) {
    // The national build from the two largest measured sizes, as straight lines.
    const [a, b] = measured.slice(-2) as [Result, Result];
    const pages = line(a.municipalities, a.dist!.htmlPages, b.municipalities, b.dist!.htmlPages)(national);
    const at = (pick: (r: Result) => number | undefined) => {
      const [x, y] = [pick(a), pick(b)];
      return x === undefined || y === undefined ? undefined : line(a.dist!.htmlPages, x, b.dist!.htmlPages, y)(pages);
    };
    const [total, astro, pagefind, compression] = [at((r) => r.totalMs), at((r) => r.astroMs), at((r) => r.pagefindMs), at((r) => r.compression?.ms)];
    const memory = at((r) => r.run.peakRssBytes)!;
    out.push(`- ${national} municipalities (national), ESTIMATED along the line through ${a.municipalities} and ${b.municipalities}: ~${count(pages)} pages; build ~${maybe(total)} (10-minute target ${total !== undefined && total <= targets.nationalMs ? 'would hold' : 'would be MISSED'}), Astro ~${maybe(astro)} (budget ${minutes(astroBudget(pages))}), Pagefind ~${maybe(pagefind)} (budget ${minutes(pagefindBudget(pages))}), compression ~${maybe(compression)}, peak memory ~${gib(memory)} (target 4 GiB).`);
  }
  out.push('', `Build logs: ${results.map((r) => r.logPath.slice(root.length + 1)).join(', ')}.`);
  return out;
}

function report(results: Result[]): string[] {
  const measured = results.filter((r) => r.dist);
  return [
    `# npm run bench:scale (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    'Wall-clock times on a machine with 2 cores shared with other work: expect ±20 % or more between runs. "~" marks figures estimated for a build stopped at its time limit.',
    '',
    ...table(results),
    ...rates(measured),
    ...growth(results, measured),
    ...sections(measured),
    ...verdict(results, measured),
  ];
}

const removeCopies = () => {
  if (!values.keep) for (const size of sizes) rmSync(join(workDir, `kommuner-${size}`), { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stopRunningBuild();
  removeCopies();
  process.exit(130);
});

mkdirSync(workDir, { recursive: true });
const results: Result[] = [];
try {
  for (const size of sizes) results.push(await measure(size));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  removeCopies();
  process.exit(1);
}
const lines = report(results);
console.log(`\n${lines.join('\n')}`);
writeFileSync(reportPath, `${lines.join('\n')}\n`);
console.log(`\nTabellen finns också i ${reportPath.slice(root.length + 1)}.`);
