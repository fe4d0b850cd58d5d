// Weekly opening hours in any language, for the pages of an edition: the days by the language's
// own names (Intl), the times as 08:00–17:00. Swedish pages keep describe.ts and its dotted times.
import { parseOpeningHours } from './parse.ts';

// The same ordinary week as describe.ts: no Swedish public holiday in it.
const referenceMonday = new Date(2026, 8, 7);

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
const dayAt = (day: number) => new Date(referenceMonday.getFullYear(), referenceMonday.getMonth(), referenceMonday.getDate() + day);

/**
 * "الاثنين–الجمعة 08:00–17:00", "maanantai–perjantai 08:00–12:00"; `everyDay` is the edition's
 * word for all seven days. A day's hours are those that open on it.
 */
export function describeWeekIn(value: string, lang: string, everyDay: string): string {
  const parsed = parseOpeningHours(value);
  if (!parsed.ok) throw new Error(`Ogiltiga öppettider: ${value}`);
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'long' });
  const perDay = [0, 1, 2, 3, 4, 5, 6].map((day) =>
    parsed.hours
      .getOpenIntervals(dayAt(day), dayAt(day + 2))
      .filter(([from]) => from < dayAt(day + 1))
      .map(([from, to]) => `${clock(from)}–${clock(to)}`)
      .join(', '),
  );
  const groups = new Map<string, number[]>();
  perDay.forEach((hours, day) => {
    if (hours) groups.set(hours, [...(groups.get(hours) ?? []), day]);
  });
  return [...groups.entries()]
    .map(([hours, days]) => {
      const names = days.map((day) => weekday.format(dayAt(day)));
      const consecutive = days.every((day, i) => i === 0 || day === days[i - 1]! + 1);
      const when = days.length === 7 ? everyDay : days.length >= 3 && consecutive ? `${names[0]}–${names[names.length - 1]}` : names.join(', ');
      return `${when} ${hours}`;
    })
    .join('; ');
}
