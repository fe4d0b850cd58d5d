// Opening hours that name no days. OpenStreetMap reads "08:00-16:00" as every day of the year,
// weekends and holidays included; an editor who writes it almost always means weekdays.
import { quoteValue } from '../../lib/quote.ts';

// A rule (rules are separated by ; or ||) that begins with a time: no days, dates or holidays before it.
const startsWithTime = /^\d{1,2}:\d{2}/;

export function hoursWithoutDays(raw: string): string | undefined {
  const rules = raw.split(/;|\|\|/).map((rule) => rule.trim()).filter((rule) => rule !== '');
  const rule = rules.find((r) => startsWithTime.test(r));
  if (!rule) return undefined;
  const times = rule.replace(/\b(\d):/g, '0$1:');
  return `${quoteValue(raw)} har inga dagar, så tiderna gäller alla dagar, också helgdagar. Skriv dagarna först, t.ex. Mo-Fr ${times}; PH off (eller Mo-Su ${times} om det är öppet varje dag).`;
}
