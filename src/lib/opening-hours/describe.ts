// Weekly opening hours in Swedish words, for pages that must work without JavaScript.
import type OpeningHours from 'opening_hours';
import { parseOpeningHours } from './parse.ts';

export interface WeekRow {
  /** "måndag–fredag", "lördag", "måndag, onsdag" */
  days: string;
  /** "08.00–16.30", "21.00–06.00", "stängt", "dygnet runt" */
  hours: string;
}

export interface WeekDescription {
  alwaysOpen: boolean;
  rows: WeekRow[];
  /** Set when the rule says something about public holidays. */
  holidays?: string;
}

const weekdays = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

// A week with no Swedish public holiday, so the rows show the ordinary week.
const referenceMonday = new Date(2026, 8, 7);

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (date: Date) => `${pad(date.getHours())}.${pad(date.getMinutes())}`;

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

function dayRange(indexes: number[]): string {
  const names = indexes.map((i) => weekdays[i]);
  const consecutive = indexes.every((value, i) => i === 0 || value === indexes[i - 1]! + 1);
  if (indexes.length === 7) return 'alla dagar';
  if (indexes.length >= 3 && consecutive) return `${names[0]}–${names[names.length - 1]}`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

function hoursOfDay(hours: OpeningHours, day: number): string {
  const start = addDays(referenceMonday, day);
  // Look one day ahead too, so that a night line (21.00–06.00) is shown whole on the day it opens.
  const intervals = hours
    .getOpenIntervals(start, addDays(start, 2))
    .filter(([from]) => from < addDays(start, 1) && !(from.getTime() === start.getTime() && opensAtMidnightFromDayBefore(hours, start)));
  if (intervals.length === 0) return 'stängt';
  return intervals.map(([from, to]) => `${clock(from)}–${clock(to)}`).join(' och ');
}

function opensAtMidnightFromDayBefore(hours: OpeningHours, midnight: Date): boolean {
  return hours.getState(new Date(midnight.getTime() - 60_000));
}

export function describeWeek(value: string): WeekDescription {
  const parsed = parseOpeningHours(value);
  if (!parsed.ok) throw new Error(`Ogiltiga öppettider: ${value}`);
  const { hours } = parsed;
  const weekStart = referenceMonday;
  const weekEnd = addDays(referenceMonday, 7);
  const [openMs] = hours.getOpenDuration(weekStart, weekEnd);
  const alwaysOpen = openMs >= weekEnd.getTime() - weekStart.getTime() - 60_000;
  const holidays = /\bPH\b/.test(value)
    ? /\bPH\s+(off|closed)\b/.test(value)
      ? 'Stängt på helgdagar.'
      : 'Andra tider på helgdagar.'
    : undefined;
  if (alwaysOpen) return { alwaysOpen, rows: [{ days: 'alla dagar', hours: 'dygnet runt' }], ...(holidays ? { holidays } : {}) };

  const perDay = weekdays.map((_, day) => hoursOfDay(hours, day));
  const groups = new Map<string, number[]>();
  perDay.forEach((text, day) => groups.set(text, [...(groups.get(text) ?? []), day]));
  const rows = [...groups.entries()]
    .filter(([text]) => text !== 'stängt')
    .map(([text, days]) => ({ days: dayRange(days), hours: text }));
  const closed = groups.get('stängt');
  if (closed) rows.push({ days: dayRange(closed), hours: 'stängt' });
  return { alwaysOpen, rows, ...(holidays ? { holidays } : {}) };
}

/** One line, e.g. "Måndag–fredag 08.00–16.30. Stängt på helgdagar." */
export function describeWeekInOneLine(value: string): string {
  const week = describeWeek(value);
  const rows = week.rows.map((row) => `${row.days} ${row.hours}`).join(', ');
  const sentence = rows.charAt(0).toUpperCase() + rows.slice(1) + '.';
  return week.holidays ? `${sentence} ${week.holidays}` : sentence;
}
