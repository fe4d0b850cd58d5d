// OpenStreetMap opening_hours → weekly opening rows (RFC 5545 BYDAY codes and HH:MM times),
// read over the same holiday-free reference week that describe.ts shows readers.
import type OpeningHours from 'opening_hours';
import { describeWeek } from '../../lib/opening-hours/describe.ts';
import { parseOpeningHours } from '../../lib/opening-hours/parse.ts';

export const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type DayCode = (typeof dayCodes)[number];

export interface WeeklyOpening {
  days: DayCode[];
  /** HH:MM, local time in Sweden. */
  opensAt: string;
  /** HH:MM, local time in Sweden; earlier than opensAt when the opening runs past midnight. */
  closesAt: string;
}

export interface WeeklyHours {
  openings: WeeklyOpening[];
  /** The ordinary week in Swedish words, without holiday exceptions. */
  description: string;
  /** What the rule says about public holidays, in Swedish, when it says anything. */
  holidays?: string;
}

// Same week as describe.ts: no Swedish public holiday, and no daylight-saving change.
const referenceMonday = new Date(2026, 8, 7);
const dayMinutes = 24 * 60;

interface Span {
  from: number;
  to: number;
}

function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

function spansOfDay(hours: OpeningHours, day: number): Span[] {
  const start = addDays(referenceMonday, day);
  const end = addDays(start, 1);
  const minutes = (date: Date) => (date.getTime() >= end.getTime() ? dayMinutes : date.getHours() * 60 + date.getMinutes());
  // The library clips each interval to [start, end), so a night line shows up as a tail
  // (21:00–24:00) on one day and a head (00:00–06:00) on the next.
  return hours.getOpenIntervals(start, end).map(([from, to]) => ({ from: minutes(from), to: minutes(to) }));
}

const clock = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function openings(hours: OpeningHours): WeeklyOpening[] {
  const week = dayCodes.map((_, day) => spansOfDay(hours, day));
  const isTail = (span: Span | undefined) => span !== undefined && span.to === dayMinutes && span.from > 0;
  const isHead = (span: Span | undefined) => span !== undefined && span.from === 0 && span.to < dayMinutes;

  const rows: { day: number; opensAt: string; closesAt: string }[] = [];
  week.forEach((spans, day) => {
    const previous = week[(day + 6) % 7]!;
    const next = week[(day + 1) % 7]!;
    for (const span of spans) {
      // The morning part of a night line that opened the evening before: already counted there.
      if (isHead(span) && isTail(previous.at(-1))) continue;
      if (span.from === 0 && span.to === dayMinutes) {
        // HSDS has no 24-hour value; its schedule guidance recommends 00:00–23:59.
        rows.push({ day, opensAt: '00:00', closesAt: '23:59' });
      } else if (isTail(span)) {
        const head = next[0];
        rows.push({ day, opensAt: clock(span.from), closesAt: clock(isHead(head) ? head!.to : 0) });
      } else {
        rows.push({ day, opensAt: clock(span.from), closesAt: clock(span.to) });
      }
    }
  });

  const groups = new Map<string, WeeklyOpening>();
  for (const row of rows) {
    const key = `${row.opensAt}-${row.closesAt}`;
    const group = groups.get(key) ?? { days: [], opensAt: row.opensAt, closesAt: row.closesAt };
    group.days.push(dayCodes[row.day]!);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Weekly openings of a rule that parseOpeningHours accepts; throws on any other. */
export function weeklyHours(value: string): WeeklyHours {
  const parsed = parseOpeningHours(value);
  if (!parsed.ok) throw new Error(`Ogiltiga öppettider: ${value}`);
  const week = describeWeek(value);
  const text = week.rows.map((row) => `${row.days} ${row.hours}`).join(', ');
  return {
    openings: openings(parsed.hours),
    description: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`,
    ...(week.holidays ? { holidays: week.holidays } : {}),
  };
}
