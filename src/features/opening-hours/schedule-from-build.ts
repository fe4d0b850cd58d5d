// One schedule per opening-hours rule per build, starting on the build day (BUILD_DATE, default
// today in Sweden): many pages show the same service, and a site built "as on" another day must
// carry that day's year of hours, so that tests can set the build day and the browser clock together.
import { buildDate } from '../../lib/build-date.ts';
import { getSite } from '../../lib/content/site.ts';
import { openingHoursLocationOf } from '../../lib/region.ts';
import { buildSchedule, type Schedule } from './schedule.ts';

const cache = new Map<string, Schedule>();

/** Midnight of the build day on the build machine's clock (Stockholm time: buildSchedule requires it). */
export function buildDay(isoDate: string = buildDate()): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

export function scheduleFromBuildDay(openingHours: string): Schedule {
  let schedule = cache.get(openingHours);
  if (!schedule) {
    schedule = buildSchedule(openingHours, buildDay(), undefined, openingHoursLocationOf(getSite().region));
    cache.set(openingHours, schedule);
  }
  return schedule;
}
