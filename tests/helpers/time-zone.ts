// The schedule code refuses any zone but Stockholm; the project's scripts set TZ, and these
// helpers keep a test file correct when it is run on its own too.
import { afterAll, beforeAll } from 'vitest';

export function useStockholmTime() {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Stockholm';
  });
  afterAll(() => {
    process.env.TZ = original;
  });
}

/** Runs `run` as on a machine in another zone (Node applies TZ changes at once). */
export function withTimeZone<T>(zone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    process.env.TZ = previous;
  }
}
