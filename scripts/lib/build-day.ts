// The one day every dated test derives from: the day the site under test was built. `npm test`
// exports BUILD_DATE before the build, so the build and the tests agree even across midnight;
// run alone, a test falls back to today in Sweden, as the build does.
import Holidays from 'date-holidays';
import { buildDate } from '../../src/lib/build-date.ts';

export const buildDay = buildDate();

const dayMs = 86_400_000;
const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `days` after `from` (YYYY-MM-DD), as YYYY-MM-DD. */
export const addDays = (from: string, days: number) => isoOf(utcDay(from) + days * dayMs);

/** The same date `years` later (29 February becomes 28 February). */
export function addYears(from: string, years: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return isoOf(Date.UTC(year + years, month - 1, Math.min(day, last)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (iso: string) => ((new Date(utcDay(iso)).getUTCDay() + 6) % 7) + 1;

/** The first date after `from` (not `from` itself) that falls on the ISO weekday. */
export function nextWeekday(from: string, weekday: number): string {
  let date = addDays(from, 1);
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  return date;
}

const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The instant when Stockholm's clocks show `time` (HH:MM) on `date`, whether in summer or winter time. */
export function stockholmInstant(date: string, time: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${date}T${time}:00${offset}`);
    if (stockholm.format(instant) === `${date} ${time}`) return instant;
  }
  throw new Error(`${date} ${time} does not exist in Stockholm (the hour skipped in spring)`);
}

/** Sweden's public holidays (as date-holidays names them) from `from` on, for `days` days. */
export function publicHolidaysAfter(from: string, days = 366): { date: string; name: string }[] {
  const holidays = new Holidays('SE');
  const until = addDays(from, days);
  const years = [Number(from.slice(0, 4)), Number(until.slice(0, 4))];
  return [...new Set(years)]
    .flatMap((year) => holidays.getHolidays(year))
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .filter((h) => h.date > from && h.date < until)
    .sort((a, b) => a.date.localeCompare(b.date));
}
