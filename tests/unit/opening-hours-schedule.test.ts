import { describe, expect, it } from 'vitest';
import { useStockholmTime, withTimeZone } from '../helpers/time-zone.ts';
import { buildSchedule, rewritePublicHolidays, swedishHolidays } from '../../src/lib/opening-hours/schedule.ts';

useStockholmTime();

const office = 'Mo-Fr 08:00-16:30; PH off';
const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

describe('swedishHolidays', () => {
  const holidays = swedishHolidays(2026, 2027);
  const dates = new Map(holidays.map(({ date, name }) => [date, name]));

  it.each([
    ['2026-01-01', 'nyårsdagen'],
    ['2026-01-06', 'trettondedag jul'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-05', 'påskdagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-01', 'första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-05-24', 'pingstdagen'],
    ['2026-06-06', 'nationaldagen'],
    ['2026-06-20', 'midsommardagen'],
    ['2026-10-31', 'alla helgons dag'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-26', 'annandag jul'],
  ])('has the red day %s (%s)', (date, name) => {
    expect(dates.get(date)).toBe(name);
  });

  it.each([
    ['2026-06-19', 'midsommarafton'],
    ['2026-12-24', 'julafton'],
    ['2026-12-31', 'nyårsafton'],
    ['2027-06-25', 'midsommarafton'],
    ['2027-12-24', 'julafton'],
  ])('has the de facto closed day %s (%s)', (date, name) => {
    expect(dates.get(date)).toBe(name);
  });

  it('has exactly the 13 red days and 3 eves in 2026, none of the observances', () => {
    expect(holidays.filter(({ date }) => date.startsWith('2026'))).toHaveLength(16);
    for (const observance of ['påskafton', 'skärtorsdagen', 'valborgsmässoafton', 'pingstafton', 'Mors dag', 'Luciadagen']) {
      expect(holidays.map(({ name }) => name)).not.toContain(observance);
    }
    expect(dates.has('2026-04-04')).toBe(false);
  });

  it('is sorted by date', () => {
    const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
    expect(holidays).toEqual(sorted);
  });
});

describe('rewritePublicHolidays', () => {
  const holidays = ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'].map((date) => ({ date }));
  const dates = '2026 Dec 24,2026 Dec 25,2026 Dec 26,2026 Dec 31,2027 Jan 01';

  it.each([
    [office, `Mo-Fr 08:00-16:30; ${dates} off`],
    ['Sa,PH 10:00-12:00', `Sa 10:00-12:00; ${dates} 10:00-12:00`],
    ['Sa, PH 10:00-12:00', `Sa 10:00-12:00; ${dates} 10:00-12:00`],
    // The holiday part stays where the rule was, so the later Su rule still overrides it.
    ['Mo-Fr 08:00-16:30; PH,Sa 10:00-12:00; Su off', `Mo-Fr 08:00-16:30; Sa 10:00-12:00; ${dates} 10:00-12:00; Su off`],
    ['Mo-Fr 08:00-16:30 || PH off', `Mo-Fr 08:00-16:30 || ${dates} off`],
    ['Mo-Fr 08:00-16:30; PH off "stängt på helgdagar"', `Mo-Fr 08:00-16:30; ${dates} off "stängt på helgdagar"`],
    ['Mo-Fr 08:00-16:30 "ej PH; ring växeln"', 'Mo-Fr 08:00-16:30 "ej PH; ring växeln"'],
    ['24/7', '24/7'],
  ])('%s', (value, expected) => {
    expect(rewritePublicHolidays(value, holidays)).toBe(expected);
  });

  it.each(['Dec PH off', 'Mo-Fr 08:00-16:30; PH +1 day off', 'Mo-Fr 08:00-16:30; PH Mo off'])('refuses what a date list cannot express: %s', (value) => {
    expect(() => rewritePublicHolidays(value, holidays)).toThrow(/stöds inte/);
  });
});

describe('buildSchedule', () => {
  it('an office closed on holidays: ordinary week plus named holidays as exceptions', () => {
    const schedule = buildSchedule(office, day('2026-07-01'));
    expect(schedule).toMatchObject({ from: '2026-07-01', until: '2027-07-01', alwaysOpen: false });
    expect(schedule.week).toEqual([[[480, 990]], [[480, 990]], [[480, 990]], [[480, 990]], [[480, 990]], [], []]);
    // Weekday holidays only: annandag jul 2026 is a Saturday, closed anyway.
    expect(schedule.exceptions).toEqual([
      { date: '2026-12-24', intervals: [], name: 'julafton' },
      { date: '2026-12-25', intervals: [], name: 'juldagen' },
      { date: '2026-12-31', intervals: [], name: 'nyårsafton' },
      { date: '2027-01-01', intervals: [], name: 'nyårsdagen' },
      { date: '2027-01-06', intervals: [], name: 'trettondedag jul' },
      { date: '2027-03-26', intervals: [], name: 'långfredagen' },
      { date: '2027-03-29', intervals: [], name: 'annandag påsk' },
      { date: '2027-05-06', intervals: [], name: 'Kristi himmelsfärdsdag' },
      { date: '2027-06-25', intervals: [], name: 'midsommarafton' },
    ]);
  });

  it('covers the holidays of every year the range touches', () => {
    const schedule = buildSchedule(office, day('2026-12-01'), 60);
    expect(schedule.until).toBe('2027-01-29');
    expect(schedule.exceptions.map(({ date }) => date)).toEqual(['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01', '2027-01-06']);
  });

  it('Sa,PH: Saturday hours on holidays too, closed on other weekends', () => {
    const schedule = buildSchedule('Sa,PH 10:00-12:00', day('2026-12-01'), 40);
    expect(schedule.week).toEqual([[], [], [], [], [], [[600, 720]], []]);
    expect(schedule.exceptions).toEqual([
      { date: '2026-12-24', intervals: [[600, 720]], name: 'julafton' },
      { date: '2026-12-25', intervals: [[600, 720]], name: 'juldagen' },
      { date: '2026-12-31', intervals: [[600, 720]], name: 'nyårsafton' },
      { date: '2027-01-01', intervals: [[600, 720]], name: 'nyårsdagen' },
      { date: '2027-01-06', intervals: [[600, 720]], name: 'trettondedag jul' },
    ]);
  });

  it('a rule without PH is open on holidays as written', () => {
    const schedule = buildSchedule('Mo-Fr 08:00-16:30', day('2026-07-01'));
    expect(schedule.exceptions).toEqual([]);
    expect(schedule.week[3]).toEqual([[480, 990]]);
  });

  it('24/7 is always open, across both DST changes and all holidays', () => {
    expect(buildSchedule('24/7', day('2026-07-01'))).toEqual({
      from: '2026-07-01',
      until: '2027-07-01',
      alwaysOpen: true,
      week: Array.from({ length: 7 }, () => [[0, 1440]]),
      exceptions: [],
      utcOffsets: [
        [Date.parse('2026-06-30T22:00:00Z'), 120],
        [Date.parse('2026-10-25T01:00:00Z'), 60],
        [Date.parse('2027-03-28T01:00:00Z'), 120],
      ],
    });
  });

  it('a night line is split at midnight into two intervals per day', () => {
    const schedule = buildSchedule('21:00-06:00', day('2026-07-01'));
    expect(schedule.alwaysOpen).toBe(false);
    expect(schedule.week).toEqual(Array.from({ length: 7 }, () => [[0, 360], [1260, 1440]]));
    expect(schedule.exceptions).toEqual([]);
  });

  it.each([
    ['2027-03-20', '2027-03-28'], // 23 hours: 02:00 → 03:00
    ['2026-10-17', '2026-10-25'], // 25 hours: 03:00 → 02:00
  ])('keeps wall-clock minutes on the DST day (from %s, DST on %s)', (from, dstDay) => {
    // Two Sundays in the range, one of them the DST day: it must not come out as an exception.
    const schedule = buildSchedule('Su 01:00-01:30,08:00-16:30,23:00-24:00', day(from), 14);
    expect(schedule.week[6]).toEqual([[60, 90], [480, 990], [1380, 1440]]);
    expect(schedule.exceptions.filter(({ date }) => date === dstDay)).toEqual([]);
    expect(schedule.exceptions.every(({ name }) => name)).toBe(true);
  });

  it('the DST day itself as an exception: 08:00–16:30 on 2027-03-28 is [480, 990]', () => {
    const schedule = buildSchedule('Mo-Sa 08:00-16:30; PH 08:00-16:30', day('2027-03-15'), 21);
    expect(schedule.exceptions).toEqual([{ date: '2027-03-28', intervals: [[480, 990]], name: 'påskdagen' }]);
  });

  it('keeps a week of office hours small enough to embed in every page', () => {
    expect(JSON.stringify(buildSchedule(office, day('2026-07-01'))).length).toBeLessThan(800);
  });

  it('rejects invalid opening hours', () => {
    expect(() => buildSchedule('Mo-Fr 8-16', day('2026-07-01'))).toThrow(/Ogiltiga öppettider/);
  });

  it('refuses to run outside Europe/Stockholm, where opening_hours would compute the wrong days', () => {
    expect(() => withTimeZone('America/New_York', () => buildSchedule(office, day('2026-07-01')))).toThrow(/TZ=Europe\/Stockholm/);
  });
});
