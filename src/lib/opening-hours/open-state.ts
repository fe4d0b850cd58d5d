// Whether a service is open at an instant, from a prebuilt Schedule. Runs in the browser too,
// so it imports nothing at runtime; all wall-clock arithmetic is in Europe/Stockholm, from the
// schedule's own UTC offsets where they cover the instant, otherwise via Intl.
import type { Interval, Schedule } from './schedule.ts';

export type OpenState =
  | { kind: 'always-open' }
  /** `closes` is undefined when the service does not close within 7 days. */
  | { kind: 'open'; closes?: { date: string; minute: number } }
  /** `closedTodayFor` is the holiday's name when today is a named exception with no intervals. */
  | { kind: 'closed'; opens?: { date: string; minute: number }; closedTodayFor?: string }
  /** The instant, or the search for the next change, is outside `from`..`until`. */
  | { kind: 'unknown' };

const searchDays = 7;
const weekdayNames = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

let formatter: Intl.DateTimeFormat | undefined;

type WallClock = { date: string; minute: number; weekday: number };

export function stockholmWallClock(instant: Date, utcOffsets?: Schedule['utcOffsets']): WallClock {
  const time = instant.getTime();
  // Before or after the covered days the nearest offset may be an hour wrong, but Sweden changes
  // offset at night, never at midnight, so the date stays outside `from`..`until` either way.
  if (utcOffsets?.length) {
    const minutes = (utcOffsets.findLast(([from]) => from <= time) ?? utcOffsets[0]!)[1];
    const shifted = new Date(time + minutes * 60_000);
    const date = shifted.toISOString().slice(0, 10);
    return { date, minute: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(), weekday: weekdayOf(date) };
  }
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(instant)) part[type] = value;
  const date = `${part.year}-${part.month}-${part.day}`;
  return { date, minute: (Number(part.hour) % 24) * 60 + Number(part.minute), weekday: weekdayOf(date) };
}

// Calendar arithmetic on 'YYYY-MM-DD' strings, done in UTC so that no time zone is involved.
const dayNumber = (date: string) => Date.parse(date) / 864e5;
const weekdayOf = (date: string) => (dayNumber(date) + 3) % 7; // 1970-01-01 was a Thursday
const addDays = (date: string, days: number) => new Date((dayNumber(date) + days) * 864e5).toISOString().slice(0, 10);

export function openStateAt(schedule: Schedule, instant: Date): OpenState {
  const now = stockholmWallClock(instant, schedule.utcOffsets);
  const outside = (date: string) => date < schedule.from || date > schedule.until;
  if (outside(now.date)) return { kind: 'unknown' };
  if (schedule.alwaysOpen) return { kind: 'always-open' };

  const dayOf = (date: string) => schedule.exceptions.find((e) => e.date === date);
  const intervalsOn = (date: string): Interval[] => dayOf(date)?.intervals ?? schedule.week[weekdayOf(date)] ?? [];
  const current = intervalsOn(now.date).find(([start, end]) => start <= now.minute && now.minute < end);

  if (current) {
    // Follow the opening across midnights: an interval ending at 1440 goes on if the next day starts at 0.
    let end = current[1];
    for (let offset = 0; offset <= searchDays; offset++) {
      const date = addDays(now.date, offset);
      if (offset > 0) {
        if (outside(date)) return { kind: 'unknown' };
        const next = intervalsOn(date)[0];
        if (next?.[0] !== 0) return { kind: 'open', closes: { date: addDays(date, -1), minute: 1440 } };
        end = next[1];
      }
      if (end < 1440) return { kind: 'open', closes: { date, minute: end } };
    }
    return { kind: 'open' };
  }

  const today = dayOf(now.date);
  const closedTodayFor = today?.name && today.intervals.length === 0 ? today.name : undefined;
  const closed = (opens?: { date: string; minute: number }): OpenState => ({
    kind: 'closed',
    ...(opens && { opens }),
    ...(closedTodayFor && { closedTodayFor }),
  });
  for (let offset = 0; offset <= searchDays; offset++) {
    const date = addDays(now.date, offset);
    if (outside(date)) return { kind: 'unknown' };
    const next = intervalsOn(date).find(([start]) => offset > 0 || start > now.minute);
    if (next) return closed({ date, minute: next[0] });
  }
  return closed();
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}.${String(minute % 60).padStart(2, '0')}`;

/** "i dag 13.00", "i morgon 08.00", "måndag 08.00" relative to the instant's day in Stockholm. */
function when(at: { date: string; minute: number }, instant: Date, withToday: boolean, utcOffsets: Schedule['utcOffsets']): string {
  const days = dayNumber(at.date) - dayNumber(stockholmWallClock(instant, utcOffsets).date);
  const day = days === 0 ? (withToday ? 'i dag ' : '') : days === 1 ? 'i morgon ' : `${weekdayNames[weekdayOf(at.date)]} `;
  return day + clock(at.minute);
}

/** `utcOffsets`: the schedule's, so that no time-zone data is loaded in the browser. */
export function describeOpenState(state: OpenState, instant: Date, utcOffsets?: Schedule['utcOffsets']): string {
  switch (state.kind) {
    case 'always-open':
      return 'Öppet dygnet runt';
    case 'open':
      return state.closes ? `Öppet nu · stänger ${when(state.closes, instant, false, utcOffsets)}` : 'Öppet nu';
    case 'closed': {
      const closed = state.closedTodayFor ? `Stängt i dag (${state.closedTodayFor})` : 'Stängt';
      return state.opens ? `${closed} · öppnar ${when(state.opens, instant, true, utcOffsets)}` : closed;
    }
    default:
      return 'Kontrollera öppettiderna';
  }
}
