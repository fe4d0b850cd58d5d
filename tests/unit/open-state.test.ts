import { describe, expect, it } from 'vitest';
import { useStockholmTime, withTimeZone } from '../helpers/time-zone.ts';
import { describeOpenState, openStateAt, stockholmWallClock, type OpenState } from '../../src/lib/opening-hours/open-state.ts';
import { buildSchedule, type Schedule } from '../../src/lib/opening-hours/schedule.ts';

useStockholmTime();

// All instants are in UTC. Stockholm is UTC+2 in summer, UTC+1 in winter.
const text = (schedule: Schedule, iso: string) => describeOpenState(openStateAt(schedule, new Date(iso)), new Date(iso));
const schedules = new Map<string, Schedule>();
const scheduleFor = (rule: string) => {
  if (!schedules.has(rule)) schedules.set(rule, buildSchedule(rule, new Date(2026, 6, 1))); // 2026-07-01 … 2027-07-01
  return schedules.get(rule)!;
};

describe('stockholmWallClock', () => {
  it.each([
    ['2026-09-09T08:00:00Z', '2026-09-09', 600, 2], // summer time
    ['2026-12-31T23:30:00Z', '2027-01-01', 30, 4], // already the new year in Stockholm
    ['2027-03-28T00:59:00Z', '2027-03-28', 119, 6], // 01:59 CET
    ['2027-03-28T01:00:00Z', '2027-03-28', 180, 6], // 03:00 CEST: 02:xx never happens
    ['2026-10-25T00:59:00Z', '2026-10-25', 179, 6], // 02:59 CEST
    ['2026-10-25T01:00:00Z', '2026-10-25', 120, 6], // 02:00 CET, the second time
  ])('%s is %s minute %i, weekday %i', (iso, date, minute, weekday) => {
    expect(stockholmWallClock(new Date(iso))).toEqual({ date, minute, weekday });
  });
});

describe("the schedule's UTC offsets (no time-zone data needed in the browser)", () => {
  const schedule = () => scheduleFor('Mo-Fr 08:00-16:30; PH off');
  it('list each change of Stockholm\'s offset within the covered year', () => {
    expect(schedule().utcOffsets).toEqual([
      [Date.parse('2026-06-30T22:00:00Z'), 120],
      [Date.parse('2026-10-25T01:00:00Z'), 60],
      [Date.parse('2027-03-28T01:00:00Z'), 120],
    ]);
  });

  it('give the same wall clock as Intl at every quarter hour of the year, and around it', () => {
    const offsets = schedule().utcOffsets;
    for (let at = Date.parse('2026-06-25T00:00:00Z'); at < Date.parse('2027-07-10T00:00:00Z'); at += 15 * 60_000) {
      expect(stockholmWallClock(new Date(at), offsets), new Date(at).toISOString()).toEqual(stockholmWallClock(new Date(at)));
    }
  });
});

describe('openStateAt and describeOpenState: office hours, closed on holidays', () => {
  const office = () => scheduleFor('Mo-Fr 08:00-16:30; PH off');

  it.each([
    ['Wednesday before opening', '2026-09-09T05:59:00Z', 'Stängt · öppnar i dag 08.00'],
    ['Wednesday at opening', '2026-09-09T06:00:00Z', 'Öppet nu · stänger 16.30'],
    ['Wednesday during', '2026-09-09T12:00:00Z', 'Öppet nu · stänger 16.30'],
    ['Wednesday a minute before closing', '2026-09-09T14:29:00Z', 'Öppet nu · stänger 16.30'],
    ['Wednesday at closing', '2026-09-09T14:30:00Z', 'Stängt · öppnar i morgon 08.00'],
    ['Wednesday night, after midnight UTC', '2026-09-09T22:30:00Z', 'Stängt · öppnar i dag 08.00'],
    ['Friday after hours', '2026-09-11T15:00:00Z', 'Stängt · öppnar måndag 08.00'],
    ['Saturday', '2026-09-12T10:00:00Z', 'Stängt · öppnar måndag 08.00'],
    ['Sunday', '2026-09-13T10:00:00Z', 'Stängt · öppnar i morgon 08.00'],
    ['the evening before julafton', '2026-12-23T16:00:00Z', 'Stängt · öppnar måndag 08.00'],
    ['julafton 2026, a Thursday', '2026-12-24T09:00:00Z', 'Stängt i dag (julafton) · öppnar måndag 08.00'],
    ['juldagen 2026, a Friday', '2026-12-25T11:00:00Z', 'Stängt i dag (juldagen) · öppnar måndag 08.00'],
    ['annandag jul 2026, a Saturday: closed anyway, so no name', '2026-12-26T11:00:00Z', 'Stängt · öppnar måndag 08.00'],
    ['nyårsafton 2026', '2026-12-31T09:00:00Z', 'Stängt i dag (nyårsafton) · öppnar måndag 08.00'],
    ['trettondedag jul 2027, a Wednesday', '2027-01-06T20:00:00Z', 'Stängt i dag (trettondedag jul) · öppnar i morgon 08.00'],
    ['the night after trettondedag jul', '2027-01-06T23:30:00Z', 'Stängt · öppnar i dag 08.00'],
    ['the day before midsommarafton 2027', '2027-06-24T14:00:00Z', 'Öppet nu · stänger 16.30'],
    ['the evening before midsommarafton 2027', '2027-06-24T15:00:00Z', 'Stängt · öppnar måndag 08.00'],
    ['midsommarafton 2027', '2027-06-25T08:00:00Z', 'Stängt i dag (midsommarafton) · öppnar måndag 08.00'],
  ])('%s', (_, iso, expected) => {
    expect(text(office(), iso)).toBe(expected);
  });

  it('gives the date and minute, and the holiday name, as data', () => {
    expect(openStateAt(office(), new Date('2026-09-09T12:00:00Z'))).toEqual({ kind: 'open', closes: { date: '2026-09-09', minute: 990 } });
    expect(openStateAt(office(), new Date('2026-12-24T09:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { date: '2026-12-28', minute: 480 },
      closedTodayFor: 'julafton',
    });
  });
});

describe('around the DST changes (instants in UTC)', () => {
  const night = () => scheduleFor('Su 03:30-05:00');

  it.each([
    // 2027-03-28: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    ['2027-03-28T00:30:00Z', 'Stängt · öppnar i dag 03.30'], // 01:30 CET
    ['2027-03-28T01:30:00Z', 'Öppet nu · stänger 05.00'], // 03:30 CEST
    ['2027-03-28T02:30:00Z', 'Öppet nu · stänger 05.00'], // 04:30 CEST
    ['2027-03-28T03:00:00Z', 'Stängt · öppnar söndag 03.30'], // 05:00 CEST, next Sunday
    // 2026-10-25: 03:00 CEST becomes 02:00 CET at 01:00 UTC.
    ['2026-10-25T00:30:00Z', 'Stängt · öppnar i dag 03.30'], // 02:30 CEST
    ['2026-10-25T01:30:00Z', 'Stängt · öppnar i dag 03.30'], // 02:30 CET
    ['2026-10-25T02:30:00Z', 'Öppet nu · stänger 05.00'], // 03:30 CET
    ['2026-10-25T03:59:00Z', 'Öppet nu · stänger 05.00'], // 04:59 CET
    ['2026-10-25T04:00:00Z', 'Stängt · öppnar söndag 03.30'], // 05:00 CET
  ])('%s: %s', (iso, expected) => {
    expect(text(night(), iso)).toBe(expected);
  });

  it.each([
    ['2027-03-28T00:00:00Z', 'Stängt · öppnar i morgon 09.00'], // Sunday 01:00
    ['2027-03-28T02:00:00Z', 'Stängt · öppnar i morgon 09.00'], // Sunday 04:00
    ['2027-03-29T06:59:00Z', 'Stängt · öppnar i dag 09.00'], // Monday 08:59 CEST
    ['2027-03-29T07:00:00Z', 'Öppet nu · stänger 17.00'], // Monday 09:00 CEST
    ['2026-10-26T07:00:00Z', 'Stängt · öppnar i dag 09.00'], // Monday 08:00 CET
    ['2026-10-26T08:00:00Z', 'Öppet nu · stänger 17.00'], // Monday 09:00 CET
  ])('office hours the day after: %s', (iso, expected) => {
    expect(text(scheduleFor('Mo-Fr 09:00-17:00'), iso)).toBe(expected);
  });
});

describe('a line open past midnight, 21:00-06:00', () => {
  const line = () => scheduleFor('21:00-06:00');

  it.each([
    ['20:00', '2026-09-09T18:00:00Z', 'Stängt · öppnar i dag 21.00'],
    ['21:00', '2026-09-09T19:00:00Z', 'Öppet nu · stänger i morgon 06.00'],
    ['23:00', '2026-09-09T21:00:00Z', 'Öppet nu · stänger i morgon 06.00'],
    ['02:00', '2026-09-10T00:00:00Z', 'Öppet nu · stänger 06.00'],
    ['06:00', '2026-09-10T04:00:00Z', 'Stängt · öppnar i dag 21.00'],
  ])('at %s', (_, iso, expected) => {
    expect(text(line(), iso)).toBe(expected);
  });

  it('closes at 06:00 the next day, as one opening across midnight', () => {
    expect(openStateAt(line(), new Date('2026-09-09T21:00:00Z'))).toEqual({ kind: 'open', closes: { date: '2026-09-10', minute: 360 } });
  });
});

describe('always open, and rules that do not mention PH', () => {
  it.each(['2026-12-24T09:00:00Z', '2027-03-28T01:30:00Z', '2026-09-09T12:00:00Z'])('24/7 at %s', (iso) => {
    expect(openStateAt(scheduleFor('24/7'), new Date(iso))).toEqual({ kind: 'always-open' });
    expect(text(scheduleFor('24/7'), iso)).toBe('Öppet dygnet runt');
  });

  it('a rule without PH is open on holidays as written', () => {
    expect(text(scheduleFor('Mo-Fr 08:00-16:30'), '2026-12-24T09:00:00Z')).toBe('Öppet nu · stänger 16.30');
    expect(text(scheduleFor('Mo-Fr 08:00-16:30'), '2026-12-25T09:00:00Z')).toBe('Öppet nu · stänger 16.30');
  });

  it('Sa,PH 10:00-12:00 is open on julafton and Saturdays', () => {
    const schedule = scheduleFor('Sa,PH 10:00-12:00');
    expect(text(schedule, '2026-12-24T08:00:00Z')).toBe('Stängt · öppnar i dag 10.00');
    expect(text(schedule, '2026-12-24T10:00:00Z')).toBe('Öppet nu · stänger 12.00');
    expect(text(schedule, '2026-12-24T12:00:00Z')).toBe('Stängt · öppnar i morgon 10.00');
    expect(text(schedule, '2026-09-09T12:00:00Z')).toBe('Stängt · öppnar lördag 10.00');
  });
});

describe('outside the schedule', () => {
  const office = () => scheduleFor('Mo-Fr 08:00-16:30; PH off');

  it.each([
    ['before from', '2026-06-30T12:00:00Z'],
    ['after until', '2027-07-02T08:00:00Z'],
    ['24/7, after until', '2027-07-01T22:00:00Z', '24/7'],
  ])('%s is unknown', (_, iso, rule = 'Mo-Fr 08:00-16:30; PH off') => {
    expect(openStateAt(scheduleFor(rule), new Date(iso))).toEqual({ kind: 'unknown' });
    expect(text(scheduleFor(rule), iso)).toBe('Kontrollera öppettiderna');
  });

  it('the first and last day are covered', () => {
    expect(text(office(), '2026-06-30T22:00:00Z')).toBe('Stängt · öppnar i dag 08.00'); // 2026-07-01 00:00
    expect(text(office(), '2027-07-01T10:00:00Z')).toBe('Öppet nu · stänger 16.30');
  });

  it('is unknown when the search for the next change runs past until', () => {
    const week = buildSchedule('Mo-Fr 08:00-16:30', new Date(2026, 8, 7), 5); // Monday to Friday
    expect(text(week, '2026-09-11T10:00:00Z')).toBe('Öppet nu · stänger 16.30');
    expect(text(week, '2026-09-11T15:00:00Z')).toBe('Kontrollera öppettiderna');
    const night = buildSchedule('21:00-06:00', new Date(2026, 8, 7), 5);
    expect(openStateAt(night, new Date('2026-09-11T20:00:00Z'))).toEqual({ kind: 'unknown' });
  });
});

describe('nothing within 7 days', () => {
  const empty: Interval[] = [];
  const base = { from: '2026-09-01', until: '2026-12-31', alwaysOpen: false };
  type Interval = Schedule['week'][number][number];

  it('closed with no opening in sight says only "Stängt"', () => {
    const schedule: Schedule = { ...base, week: Array.from({ length: 7 }, () => empty), exceptions: [{ date: '2026-10-30', intervals: [[480, 600]] }] };
    expect(openStateAt(schedule, new Date('2026-09-09T12:00:00Z'))).toEqual({ kind: 'closed' });
    expect(text(schedule, '2026-09-09T12:00:00Z')).toBe('Stängt');
  });

  it('open with no closing in sight says only "Öppet nu"', () => {
    const schedule: Schedule = { ...base, week: Array.from({ length: 7 }, (): Interval[] => [[0, 1440]]), exceptions: [{ date: '2026-10-30', intervals: [] }] };
    expect(openStateAt(schedule, new Date('2026-09-09T12:00:00Z'))).toEqual({ kind: 'open' });
    expect(text(schedule, '2026-09-09T12:00:00Z')).toBe('Öppet nu');
  });

  it('a closing more than one day ahead is named by weekday', () => {
    const schedule: Schedule = { ...base, week: Array.from({ length: 7 }, (): Interval[] => [[0, 1440]]), exceptions: [{ date: '2026-09-11', intervals: [[0, 720]] }] };
    expect(text(schedule, '2026-09-09T12:00:00Z')).toBe('Öppet nu · stänger fredag 12.00');
  });

  it('closed all day for a holiday, with nothing within 7 days', () => {
    const schedule: Schedule = { ...base, week: Array.from({ length: 7 }, () => empty), exceptions: [{ date: '2026-12-24', intervals: [], name: 'julafton' }] };
    expect(text(schedule, '2026-12-24T09:00:00Z')).toBe('Stängt i dag (julafton)');
  });
});

describe("the visitor's clock zone does not matter", () => {
  const instants = ['2026-09-09T05:59:00Z', '2026-09-09T21:30:00Z', '2026-12-24T09:00:00Z', '2027-03-28T01:30:00Z', '2026-10-25T01:30:00Z'];

  it.each(['America/Los_Angeles', 'Asia/Tokyo', 'UTC', 'Pacific/Kiritimati'])('in %s', (zone) => {
    const schedules = ['Mo-Fr 08:00-16:30; PH off', '21:00-06:00', 'Su 03:30-05:00'].map(scheduleFor);
    const inStockholm = schedules.flatMap((s) => instants.map((iso) => [stockholmWallClock(new Date(iso)), openStateAt(s, new Date(iso)), text(s, iso)]));
    const elsewhere = withTimeZone(zone, () => {
      expect(new Date('2026-09-09T12:00:00Z').getHours()).not.toBe(14); // the zone really changed
      return schedules.flatMap((s) => instants.map((iso) => [stockholmWallClock(new Date(iso)), openStateAt(s, new Date(iso)), text(s, iso)]));
    });
    expect(elsewhere).toEqual(inStockholm);
  });
});

describe('describeOpenState', () => {
  const at = new Date('2026-09-09T12:00:00Z'); // Wednesday 14:00
  it.each<[OpenState, string]>([
    [{ kind: 'always-open' }, 'Öppet dygnet runt'],
    [{ kind: 'unknown' }, 'Kontrollera öppettiderna'],
    [{ kind: 'open', closes: { date: '2026-09-09', minute: 990 } }, 'Öppet nu · stänger 16.30'],
    [{ kind: 'open', closes: { date: '2026-09-10', minute: 360 } }, 'Öppet nu · stänger i morgon 06.00'],
    [{ kind: 'closed', opens: { date: '2026-09-09', minute: 780 } }, 'Stängt · öppnar i dag 13.00'],
    [{ kind: 'closed', opens: { date: '2026-09-10', minute: 480 } }, 'Stängt · öppnar i morgon 08.00'],
    [{ kind: 'closed', opens: { date: '2026-09-14', minute: 480 } }, 'Stängt · öppnar måndag 08.00'],
    [{ kind: 'closed', opens: { date: '2026-09-13', minute: 5 } }, 'Stängt · öppnar söndag 00.05'],
    [{ kind: 'closed', opens: { date: '2026-09-14', minute: 480 }, closedTodayFor: 'midsommarafton' }, 'Stängt i dag (midsommarafton) · öppnar måndag 08.00'],
    [{ kind: 'closed' }, 'Stängt'],
  ])('%j', (state, expected) => {
    expect(describeOpenState(state, at)).toBe(expected);
  });
});
