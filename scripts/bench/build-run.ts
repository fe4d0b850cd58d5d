// Runs `astro build` in a project folder and measures it from outside: wall time, the memory of
// the whole process tree (Pagefind runs as a separate binary, so the Node process's own peak
// would miss it), and the timing lines the build's integrations print (src/integrations/timing.ts).
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { timingPrefix, timingVariable, type StepTiming } from '../../src/integrations/timing.ts';

const pageSize = 4096;
const sampleEveryMs = 200;

export interface BuildRun {
  exitCode: number | null;
  /** True when the time limit stopped the build. */
  stopped: boolean;
  /** Date.now() when the build was started. */
  startedAt: number;
  wallMs: number;
  /** The largest sum of the resident memory of the build's processes seen in one sample. */
  peakRssBytes: number;
  /** That sample by process name, e.g. { node: …, pagefind_extended: … }. */
  peakByProcess: Record<string, number>;
}

interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
  rssBytes: number;
}

function readProcesses(): ProcessInfo[] {
  const list: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name is in parentheses and may itself contain spaces or parentheses.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      list.push({ pid: Number(entry), name: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(fields[1]), rssBytes: Number(fields[21]) * pageSize });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return list;
}

/** The program's file name (Node names its main thread "MainThread", which says less). */
function programName(p: ProcessInfo): string {
  try {
    return basename(readlinkSync(`/proc/${p.pid}/exe`));
  } catch {
    return p.name;
  }
}

/** The process and all its descendants. */
function tree(root: number, processes: ProcessInfo[]): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found = processes.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i += 1) found.push(...(children.get(found[i]!.pid) ?? []));
  return found;
}

let running: number | undefined;
/** Stops a build still running (its whole process group), e.g. when the benchmark is interrupted. */
export function stopRunningBuild(): void {
  if (running !== undefined) {
    try {
      process.kill(-running, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export function runBuild(projectDir: string, logPath: string, timeLimitMs: number): Promise<BuildRun> {
  const log = openSync(logPath, 'w');
  const startedAt = Date.now();
  const start = performance.now();
  const child = spawn(process.execPath, [join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectDir,
    env: { ...process.env, TZ: 'Europe/Stockholm', ASTRO_TELEMETRY_DISABLED: '1', [timingVariable]: '1' },
    stdio: ['ignore', log, log],
    // Its own process group, so that a stop reaches Pagefind's binary too.
    detached: true,
  });
  running = child.pid;
  let peakRssBytes = 0;
  let peakByProcess: Record<string, number> = {};
  let stopped = false;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const processes = tree(child.pid, readProcesses());
    const total = processes.reduce((sum, p) => sum + p.rssBytes, 0);
    if (total > peakRssBytes) {
      peakRssBytes = total;
      peakByProcess = {};
      for (const p of processes) {
        const name = programName(p);
        peakByProcess[name] = (peakByProcess[name] ?? 0) + p.rssBytes;
      }
    }
  }, sampleEveryMs);
  const limit = setTimeout(() => {
    stopped = true;
    stopRunningBuild();
  }, timeLimitMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearTimeout(limit);
      closeSync(log);
      running = undefined;
      resolve({ exitCode: code, stopped, startedAt, wallMs: performance.now() - start, peakRssBytes, peakByProcess });
    });
  });
}

export interface BuildLog {
  /** Astro's own "generating static routes … Completed in" figure. */
  pageGenerationMs?: number;
  /** The integrations' timing lines (Pagefind, precompression). */
  steps: StepTiming[];
  /** Pages Astro had written, by its per-route lines (useful when a build was stopped). */
  routesWritten: number;
  /** Seconds from Astro's first to its last per-route line (whole seconds: the log's clock). */
  routeSeconds?: number;
  /** Pages Pagefind indexed, from its log line. */
  pagesIndexed?: number;
}

/** Astro's duration format (src: astro/dist/core/build/util.js getTimeStat): 850ms, 2.46s or 3m 5s. */
function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m (\d+)s|([\d.]+)s|(\d+)ms)$/.exec(text.trim());
  if (!match) return undefined;
  if (match[1] !== undefined) return (Number(match[1]) * 60 + Number(match[2])) * 1000;
  if (match[3] !== undefined) return Number(match[3]) * 1000;
  return Number(match[4]);
}

export function parseBuildLog(text: string): BuildLog {
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const steps: StepTiming[] = [];
  let pageGenerationMs: number | undefined;
  let pagesIndexed: number | undefined;
  let inGeneration = false;
  let routesWritten = 0;
  let firstRoute: number | undefined;
  let lastRoute: number | undefined;
  for (const line of lines) {
    if (line.includes('generating static routes')) inGeneration = true;
    else if (inGeneration && /[├└]─ \/.*\.html/.test(line)) {
      routesWritten += 1;
      const clock = /^(\d\d):(\d\d):(\d\d)/.exec(line);
      if (clock) {
        lastRoute = Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
        firstRoute ??= lastRoute;
      }
    }
    else if (inGeneration && line.includes('✓ Completed in ')) {
      pageGenerationMs = parseDuration(line.slice(line.indexOf('Completed in ') + 13).replace(/\.$/, ''));
      inGeneration = false;
    }
    const timing = line.indexOf(timingPrefix + '{');
    if (timing >= 0) steps.push(JSON.parse(line.slice(timing + timingPrefix.length)) as StepTiming);
    const indexed = /Pagefind indexerade (\d+) sidor/.exec(line);
    if (indexed) pagesIndexed = Number(indexed[1]);
  }
  // A build that runs past midnight starts its clock again.
  const routeSeconds = firstRoute !== undefined && lastRoute !== undefined ? (lastRoute - firstRoute + 86_400) % 86_400 : undefined;
  return { steps, routesWritten, ...(routeSeconds !== undefined ? { routeSeconds } : {}), ...(pageGenerationMs !== undefined ? { pageGenerationMs } : {}), ...(pagesIndexed !== undefined ? { pagesIndexed } : {}) };
}
