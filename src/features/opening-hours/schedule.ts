// Build time: expands an OpenStreetMap opening_hours rule into a compact Schedule of concrete
// days in Europe/Stockholm, with Swedish public holidays applied, for the "open now" island.
import type OpeningHours from 'opening_hours';
import Holidays from 'date-holidays';
import { inSweden, type OpeningHoursLocation } from '../../lib/region.ts';
import { openingHoursAt, parseOpeningHours } from './parse.ts';

/** Minutes after local midnight, 0 ≤ start < end ≤ 1440. */
export type Interval = [start: number, end: number];

export interface Schedule {
  /** First day covered, 'YYYY-MM-DD' in Europe/Stockholm. */
  from: string;
  /** Last day covered. */
  until: string;
  alwaysOpen: boolean;
  /** The ordinary week, index 0 = Monday … 6 = Sunday. */
  week: Interval[][];
  /** Days that differ from the ordinary week (no intervals = closed); `name` when the day is a holiday. */
  exceptions: { date: string; intervals: Interval[]; name?: string }[];
  /**
   * Stockholm's offset from UTC over the covered days: [from this instant (ms), minutes], one
   * entry per change. The browser then needs no time-zone data: a first Intl.DateTimeFormat
   * costs a phone tens of milliseconds of blocked main thread (Lighthouse's TBT).
   */
  utcOffsets?: [number, number][];
}

const timeZone = 'Europe/Stockholm';
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * Red days ('public') plus midsommarafton, julafton and nyårsafton ('bank'), which are closed
 * days in practice. Observances such as påskafton are left out.
 */
export function swedishHolidays(fromYear: number, toYear: number): { date: string; name: string }[] {
  const holidays = new Holidays('SE');
  const byDate = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of holidays.getHolidays(year, 'sv')) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const date = holiday.date.slice(0, 10);
      if (!byDate.has(date)) byDate.set(date, holiday.name);
    }
  }
  return [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}

const weekdayItem = String.raw`(?:PH|SH|(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:\[[^\]]*\])?(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)`;
const weekdayList = new RegExp(String.raw`(?<![\w\]])${weekdayItem}(?:\s*,\s*${weekdayItem})*(?![\w\[])`, 'g');

/** Splits a value into rules at ";" and "||", outside quoted comments, keeping the separators. */
function splitRules(value: string): { separator: string; rule: string }[] {
  const rules: { separator: string; rule: string }[] = [];
  let separator = '';
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '"') quoted = !quoted;
    if (quoted) continue;
    const width = char === ';' ? 1 : value.startsWith('||', i) ? 2 : 0;
    if (width === 0) continue;
    rules.push({ separator, rule: value.slice(start, i) });
    separator = value.slice(i, i + width);
    start = i + width;
    i += width - 1;
  }
  rules.push({ separator, rule: value.slice(start) });
  return rules;
}

/**
 * Replaces every PH in the rule with an explicit list of dates, so that holidays come from
 * date-holidays. `Sa,PH 10:00-12:00` becomes `Sa 10:00-12:00; <dates> 10:00-12:00`: the date part
 * stays where the rule was, so later rules still override it as in the original.
 */
export function rewritePublicHolidays(value: string, holidays: readonly { date: string }[]): string {
  const dates = holidays
    .map(({ date }) => {
      const [year, month, day] = date.split('-');
      return `${year} ${months[Number(month) - 1]} ${day}`;
    })
    .join(',');
  return splitRules(value)
    .map(({ separator, rule }) => {
      // Blank out comments so that a "PH" inside one is not taken for the selector.
      const searchable = rule.replace(/"[^"]*"/g, (comment) => ' '.repeat(comment.length));
      const match = [...searchable.matchAll(weekdayList)].find((m) => /\bPH\b/.test(m[0]));
      if (!match) return separator + rule;
      const prefix = rule.slice(0, match.index);
      const suffix = rule.slice(match.index + match[0].length);
      const unsupported = (why: string) =>
        new Error(`Öppettiderna "${value}" går inte att räkna fram: PH ${why} stöds inte. Skriv helgdagsregeln som en egen regel, t.ex. "PH off".`);
      if (prefix.trim() !== '') throw unsupported('efter datum, månad eller vecka');
      if (/^\s*(?:[+-]\s*\d|Mo|Tu|We|Th|Fr|Sa|Su)/.test(suffix)) throw unsupported('med förskjutning eller tillsammans med en veckodag (PH Mo)');
      const others = match[0]
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== 'PH');
      const parts = others.length > 0 ? [`${prefix}${others.join(',')}${suffix}`, ` ${dates}${suffix}`] : [`${prefix}${dates}${suffix}`];
      // Joined with the rule's own separator, so that a fallback rule ("||") stays a fallback.
      return separator + parts.join(separator || ';');
    })
    .join('');
}

function assertStockholm() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone !== timeZone) {
    throw new Error(`buildSchedule måste köras med TZ=${timeZone} (opening_hours räknar i processens tidszon), men tidszonen är ${zone}.`);
  }
}

/** Wall-clock minutes after `dayStart`; the day's end is 1440 even on 23 and 25 hour days. */
function minuteOfDay(date: Date, dayStart: Date, nextDayStart: Date): number {
  if (date.getTime() <= dayStart.getTime()) return 0;
  if (date.getTime() >= nextDayStart.getTime()) return 1440;
  return date.getHours() * 60 + date.getMinutes();
}

function intervalsOfDay(hours: OpeningHours, dayStart: Date, nextDayStart: Date): Interval[] {
  const intervals: Interval[] = [];
  // Intervals in the "unknown" state are left out: the island must not claim that the place is open.
  for (const [start, end, unknown] of hours.getOpenIntervals(dayStart, nextDayStart)) {
    if (unknown) continue;
    const interval: Interval = [minuteOfDay(start, dayStart, nextDayStart), minuteOfDay(end, dayStart, nextDayStart)];
    const last = intervals[intervals.length - 1];
    if (last && last[1] >= interval[0]) last[1] = Math.max(last[1], interval[1]);
    else if (interval[1] > interval[0]) intervals.push(interval);
  }
  return intervals;
}

/**
 * `location` is the region's (sunrise and sunset); holidays never come from the library (see
 * rewritePublicHolidays).
 */
export function buildSchedule(openingHours: string, from: Date, days = 366, location: OpeningHoursLocation = inSweden): Schedule {
  assertStockholm();
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, not ${days}`);
  const parsed = parseOpeningHours(openingHours);
  if (!parsed.ok) throw new Error(`Ogiltiga öppettider "${openingHours}": ${parsed.reason}`);

  const dayAt = (offset: number) => new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
  const first = dayAt(0);
  const last = dayAt(days - 1);
  const holidays = swedishHolidays(first.getFullYear(), last.getFullYear());
  const holidayNames = new Map(holidays.map(({ date, name }) => [date, name]));
  const hours = openingHoursAt(rewritePublicHolidays(openingHours, holidays), location);

  const calendar: { date: string; weekday: number; intervals: Interval[]; key: string }[] = [];
  for (let offset = 0; offset < days; offset++) {
    const dayStart = dayAt(offset);
    const intervals = intervalsOfDay(hours, dayStart, dayAt(offset + 1));
    calendar.push({ date: isoDate(dayStart), weekday: (dayStart.getDay() + 6) % 7, intervals, key: JSON.stringify(intervals) });
  }

  // The ordinary week: per weekday, the interval list that occurs most often (first seen wins a tie).
  const week: Interval[][] = [];
  const weekKeys: string[] = [];
  for (let weekday = 0; weekday < 7; weekday++) {
    const counts = new Map<string, { count: number; intervals: Interval[] }>();
    for (const day of calendar) {
      if (day.weekday !== weekday) continue;
      const entry = counts.get(day.key) ?? { count: 0, intervals: day.intervals };
      entry.count++;
      counts.set(day.key, entry);
    }
    let best: [string, { count: number; intervals: Interval[] }] | undefined;
    for (const entry of counts) if (!best || entry[1].count > best[1].count) best = entry;
    weekKeys.push(best?.[0] ?? '[]');
    week.push(best?.[1].intervals ?? []);
  }

  const exceptions: Schedule['exceptions'] = calendar
    .filter((day) => day.key !== weekKeys[day.weekday])
    .map(({ date, intervals }) => {
      const name = holidayNames.get(date);
      return name ? { date, intervals, name } : { date, intervals };
    });

  // Sweden changes its offset on the hour: checking every hour finds each change.
  const utcOffsets: [number, number][] = [];
  for (let at = first.getTime(); at < dayAt(days).getTime(); at += 3_600_000) {
    const minutes = -new Date(at).getTimezoneOffset();
    if (utcOffsets.at(-1)?.[1] !== minutes) utcOffsets.push([at, minutes]);
  }

  return {
    from: calendar[0]!.date,
    until: calendar[calendar.length - 1]!.date,
    alwaysOpen: calendar.every((day) => day.key === '[[0,1440]]'),
    week,
    exceptions,
    utcOffsets,
  };
}
