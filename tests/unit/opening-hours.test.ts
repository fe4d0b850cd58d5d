import { describe, expect, it } from 'vitest';
import { describeWeek, describeWeekInOneLine } from '../../src/lib/opening-hours/describe.ts';
import { parseOpeningHours } from '../../src/lib/opening-hours/parse.ts';

describe('parseOpeningHours', () => {
  it.each(['24/7', 'Mo-Fr 08:00-16:30; PH off', '21:00-06:00', 'Mo,Tu,Th,Fr 10:00-15:00; We,Su 18:00-21:00'])('accepts %s', (value) => {
    expect(parseOpeningHours(value).ok).toBe(true);
  });

  it.each(['Mo-Fr 8-16:30 x', 'måndag 8-16', 'Mo-Fr 8-16'])('rejects %s', (value) => {
    expect(parseOpeningHours(value).ok).toBe(false);
  });

  it.each([
    ['Mo-Fr 08.00-16.30', 'skriv kolon mellan timmar och minuter, t.ex. 08:00, inte 08.00'],
    ['Mo-Fr 08:00–16:30', 'skriv bindestreck (-) mellan tiderna, inte tankstreck (–)'],
    ['Mo-Fr 08:00-16:30, PH off', 'skriv semikolon före en regel som stänger, t.ex. Mo-Fr 08:00-16:30; PH off'],
    ['vardagar 08:00-16:00', 'skriv Mo-Fr i stället för vardagar'],
  ])('names the fix for %s in Swedish', (value, reason) => {
    expect(parseOpeningHours(value)).toEqual({ ok: false, reason });
  });
});

describe('describeWeek in Swedish', () => {
  it('office hours closed on holidays', () => {
    expect(describeWeekInOneLine('Mo-Fr 08:00-16:30; PH off')).toBe('Måndag–fredag 08.00–16.30, lördag och söndag stängt. Stängt på helgdagar.');
  });
  it('always open', () => {
    expect(describeWeek('24/7')).toEqual({ alwaysOpen: true, rows: [{ days: 'alla dagar', hours: 'dygnet runt' }] });
  });
  it('a night line shows the night once per day, across midnight', () => {
    expect(describeWeekInOneLine('21:00-06:00')).toBe('Alla dagar 21.00–06.00.');
  });
  it('scattered days and two periods a day', () => {
    expect(describeWeekInOneLine('Mo,Tu,Th,Fr 10:00-15:00; We,Su 18:00-21:00')).toBe(
      'Måndag, tisdag, torsdag och fredag 10.00–15.00, onsdag och söndag 18.00–21.00, lördag stängt.',
    );
    expect(describeWeekInOneLine('Mo-Su 11:00-13:00,18:00-20:00')).toBe('Alla dagar 11.00–13.00 och 18.00–20.00.');
  });
});
