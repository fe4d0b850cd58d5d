// How long a build step took, for the scale benchmark (scripts/bench-scale.ts), which reads these
// lines from the build's log: Astro's own log has only whole seconds and no line when a step ends.
// A normal build prints nothing extra.
import type { AstroIntegrationLogger } from 'astro';

export const timingVariable = 'EN_VAG_IN_BUILD_TIMING';
/** The log line's prefix; the rest is JSON: the step, when it started (ms since 1970) and how long it took. */
export const timingPrefix = 'timing ';

export interface StepTiming {
  step: string;
  startedAt: number;
  ms: number;
}

export async function timed<T>(step: string, logger: AstroIntegrationLogger, work: () => T | Promise<T>): Promise<T> {
  const startedAt = Date.now();
  const start = performance.now();
  const result = await work();
  if (process.env[timingVariable]) {
    const timing: StepTiming = { step, startedAt, ms: Math.round(performance.now() - start) };
    logger.info(`${timingPrefix}${JSON.stringify(timing)}`);
  }
  return result;
}
