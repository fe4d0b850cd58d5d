// `npm run bench:lighthouse [-- --runs N]`: Lighthouse's own scores for six kinds of page, measured
// in headless Chromium against the built site served by nginx with the production configuration.
// Lighthouse runs with its default mobile preset (a phone-sized screen, simulated Slow 4G and a
// 4× slower CPU), three times per page by default; the table shows the median of each category
// score and of LCP, CLS and TBT against the targets. Prints a table; not a test.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { serveSite } from './lib/nginx.ts';
import { median } from './lib/statistics.ts';
import { markdownTable } from './lib/table.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'tests/.tmp/lighthouse');

// One page of each template a reader meets on the way to help. The result and service pages were
// chosen by reading dist/: the result for the largest municipality and adults 26 and over (four
// local entry points and the national lines), and a service page with opening hours, so its
// "Öppet nu" script runs too.
const pages = [
  { name: 'Startsidan', path: '/' },
  { name: 'Hitta hjälp', path: '/hitta-hjalp/' },
  { name: 'Resultat (alkohol, Karlskrona, 26+)', path: '/hitta-hjalp/for-mig/alkohol/karlskrona/26-och-aldre/' },
  { name: 'Mottagning (akutmottagningen)', path: '/mottagningar/blekingesjukhuset-akutmottagning/' },
  { name: 'Självtest (AUDIT)', path: '/testa-dina-vanor/audit/' },
  { name: 'Sök', path: '/sok/' },
];

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const categoryLabels = { performance: 'Perf', accessibility: 'A11y', 'best-practices': 'BP', seo: 'SEO' } as const;
const targets = { score: 100, lcpMs: 1_500, cls: 0, tbtMs: 0 };

interface Measurement {
  scores: Record<(typeof categories)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

const usage = 'Användning: npm run bench:lighthouse [-- --runs N]';
let runs = Number.NaN;
try {
  runs = Number(parseArgs({ options: { runs: { type: 'string', default: '3' } } }).values.runs);
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs ska vara ett heltal ≥ 1.\n${usage}`);
  process.exit(2);
}

class LighthouseFailure extends Error {
  readonly code: string;
  constructor(url: string, code: string, message: string) {
    super(`Lighthouse misslyckades på ${url}: ${code} ${message}`);
    this.code = code;
  }
}

// Lighthouse's "bad trace recording" errors, whose message asks to run it again. NO_NAVSTART
// happens now and then here: Cross-Origin-Opener-Policy moves the page from about:blank into a new
// renderer process, and on a busy machine that process's first trace events (navigationStart
// among them) can be missing. Such a run is repeated; any other error ends the bench.
const retriedErrors = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'NO_RESOURCE_REQUEST']);
const attempts = 3;

/** One Lighthouse run; throws when Lighthouse could not measure the page, since its scores would be meaningless. */
async function audit(url: string, port: number): Promise<{ lhr: Result; json: string; measurement: Measurement }> {
  // No config: Lighthouse's default, which is the mobile preset with simulated throttling.
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse gav inget resultat för ${url}.`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new LighthouseFailure(url, lhr.runtimeError.code, lhr.runtimeError.message);
  const scores = {} as Measurement['scores'];
  for (const id of categories) {
    const score = lhr.categories[id]?.score;
    if (score === null || score === undefined) throw new Error(`Lighthouse gav ingen poäng för ${id} på ${url}: ${lhr.runWarnings.join(' ')}`);
    scores[id] = Math.round(score * 100);
  }
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse mätte inte ${id} på ${url}.`);
    return value;
  };
  const measurement = {
    scores,
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    tbtMs: metric('total-blocking-time'),
  };
  return { lhr, json: result.report as string, measurement };
}

/**
 * Runs `use` against a Chromium of its own with a fresh profile, as Lighthouse's CLI does: runs
 * in one long-lived browser failed now and then with NO_NAVSTART (no navigation in the trace).
 */
async function withChromium<T>(use: (port: number) => Promise<T>): Promise<T> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    userDataDir,
    logLevel: 'silent',
    chromeFlags: [
      '--headless',
      ...chromiumLaunchOptions.args,
      // Chromium's sandbox refuses to start as root.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // The machine has no network, and nothing should leave it anyway: every host but the
      // loopback server fails at once instead of waiting for a time-out (the quick-exit link's
      // host, anything Chromium itself would call). Lighthouse sees those as failed requests.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    return await use(chrome.port);
  } finally {
    // kill() only signals; Chromium writes to its profile until it has exited.
    const exited = chrome.process.exitCode === null && chrome.process.signalCode === null ? new Promise((done) => chrome.process.once('exit', done)) : Promise.resolve();
    chrome.kill();
    await exited;
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Audits below a full score in at least one run, with the number of runs: those with a weight in
 * their category (they cost points) and the performance diagnostics (weight 0: they explain the
 * metrics but change no score). Audits that failed to run count too, since their category's
 * score then says nothing.
 */
function belowFull(reports: Result[]) {
  const weighted = new Map<string, number>();
  const diagnostics = new Map<string, number>();
  for (const lhr of reports) {
    const seen = new Set<string>();
    for (const id of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const result = lhr.audits[ref.id];
        if (!result || seen.has(ref.id)) continue;
        const failed = result.scoreDisplayMode === 'error';
        if (!failed && (result.score === null || result.score >= 1)) continue;
        seen.add(ref.id);
        const found = ref.weight > 0 || failed ? weighted : diagnostics;
        const key = failed ? `${ref.id} (fel: ${result.errorMessage ?? 'okänt'})` : ref.id;
        found.set(key, (found.get(key) ?? 0) + 1);
      }
    }
  }
  return { weighted, diagnostics };
}

async function main() {
  if (!existsSync(join(root, 'dist/index.html'))) {
    console.log('dist/ saknas – bygger webbplatsen först ...');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  for (const { path } of pages) {
    if (!existsSync(join(root, 'dist', path, 'index.html'))) {
      console.error(`dist${path}index.html saknas: kör npm run build (eller välj en annan sida i scripts/bench-lighthouse.ts).`);
      process.exit(1);
    }
  }
  mkdirSync(out, { recursive: true });

  const server = await serveSite().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  const { origin } = server;
  let failed = false;
  try {
    const results = new Map<string, { measurements: Measurement[]; reports: Result[] }>();
    // Run by run over all pages, so a moment of load from other work on the machine spreads over
    // every page instead of spoiling one page's runs.
    for (let run = 1; run <= runs; run += 1) {
      for (const page of pages) {
        let outcome: Awaited<ReturnType<typeof audit>> | undefined;
        for (let attempt = 1; !outcome; attempt += 1) {
          try {
            outcome = await withChromium((chromePort) => audit(origin + page.path, chromePort));
          } catch (error) {
            if (!(error instanceof LighthouseFailure && retriedErrors.has(error.code) && attempt < attempts)) throw error;
            console.log(`körning ${run}/${runs} ${page.path}: ${error.code}, försöker igen (${attempt}/${attempts - 1})`);
          }
        }
        const { lhr, json, measurement } = outcome;
        const entry = results.get(page.path) ?? { measurements: [], reports: [] };
        entry.measurements.push(measurement);
        entry.reports.push(lhr);
        results.set(page.path, entry);
        if (run === runs) writeFileSync(join(out, `${page.path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'start'}.json`), json);
        const s = measurement.scores;
        console.log(`körning ${run}/${runs} ${page.path}: Perf ${s.performance}, A11y ${s.accessibility}, BP ${s['best-practices']}, SEO ${s.seo}, LCP ${Math.round(measurement.lcpMs)} ms, CLS ${measurement.cls.toFixed(3)}, TBT ${Math.round(measurement.tbtMs)} ms`);
      }
    }

    const miss = (ok: boolean, text: string) => (ok ? text : `**${text}** ✗`);
    const reports = [...results.values()].flatMap((entry) => entry.reports);
    // Lighthouse's own measure of the machine's speed: simulated TBT multiplies the CPU time
    // observed here, so a busy or slow machine shows blocking time a phone would not have.
    const speeds = reports.map((lhr) => lhr.environment.benchmarkIndex);
    const lines = [
      `## Lighthouse ${reports[0]?.lighthouseVersion ?? ''}, mobil (simulerad strypning), median av ${runs} körning${runs === 1 ? '' : 'ar'}`,
      '',
      `Mål: ${targets.score} i alla fyra kategorier, LCP ≤ ${(targets.lcpMs / 1000).toFixed(1)} s, CLS ${targets.cls}, TBT ${targets.tbtMs} ms. ✗ = missar målet.`,
      `${reports[0]?.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}, maskinens benchmarkIndex ${Math.round(Math.min(...speeds))}–${Math.round(Math.max(...speeds))} (högre är snabbare).`,
      '',
    ];
    const rows: string[][] = [];
    for (const page of pages) {
      const { measurements } = results.get(page.path)!;
      const cells = categories.map((id) => {
        const score = median(measurements.map((m) => m.scores[id]));
        return miss(score >= targets.score, String(score));
      });
      const lcp = median(measurements.map((m) => m.lcpMs));
      const cls = median(measurements.map((m) => m.cls));
      const tbt = median(measurements.map((m) => m.tbtMs));
      cells.push(miss(lcp <= targets.lcpMs, `${(lcp / 1000).toFixed(2)} s`));
      // A shift too small for three decimals still misses the target of none at all.
      cells.push(miss(cls <= targets.cls, cls > 0 && cls < 0.0005 ? cls.toPrecision(1) : cls.toFixed(3)));
      // Lighthouse's TBT is a sum of fractions of milliseconds: a target of 0 ms means under 0.5.
      cells.push(miss(Math.round(tbt) <= targets.tbtMs, `${Math.round(tbt)} ms`));
      rows.push([`${page.name} \`${page.path}\``, ...cells]);
    }
    lines.push(...markdownTable(['sida', ...categories.map((id) => categoryLabels[id]), 'LCP', 'CLS', 'TBT'], rows));
    const list = (found: Map<string, number>) => (found.size ? [...found].map(([id, count]) => `${id} (${count}/${runs})`).join(', ') : 'inga');
    lines.push('', `### Granskningar under full poäng (i hur många av ${runs} körningar)`, '');
    for (const page of pages) {
      const { weighted, diagnostics } = belowFull(results.get(page.path)!.reports);
      lines.push(`- \`${page.path}\`: kostar poäng: ${list(weighted)}; diagnostik utan vikt: ${list(diagnostics)}`);
    }
    const table = lines.join('\n');
    console.log(`\n${table}\n`);
    writeFileSync(join(out, 'results.md'), `${table}\n`);
    console.log(`Tabellen och sista körningens rapporter (JSON) finns i ${out}/.`);
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    // nginx's files for this port are of no use afterwards, unless they say why it failed.
    await server.stop({ keepFiles: failed });
  }
  process.exit(failed ? 1 : 0);
}

await main();
