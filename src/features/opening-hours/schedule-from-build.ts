// One schedule per opening-hours rule per build, starting on the day the site is built: many
// pages show the same service.
import { buildSchedule, type Schedule } from './schedule.ts';

const buildDay = new Date();
const cache = new Map<string, Schedule>();

export function scheduleFromBuildDay(openingHours: string): Schedule {
  let schedule = cache.get(openingHours);
  if (!schedule) {
    schedule = buildSchedule(openingHours, buildDay);
    cache.set(openingHours, schedule);
  }
  return schedule;
}
