// Opening hours in an edition's language (src/lib/opening-hours/describe-in.ts): the days by the
// language's own names, the whole week in the edition's word, times as 08:00–17:00.
import { describe, expect, it } from 'vitest';
import { describeWeekIn } from '../../src/lib/opening-hours/describe-in.ts';

describe('describeWeekIn', () => {
  it('names a run of weekdays by its first and last day, in the language', () => {
    expect(describeWeekIn('Mo-Fr 08:00-17:00', 'fi', 'joka päivä')).toBe('maanantai–perjantai 08:00–17:00');
    expect(describeWeekIn('Mo-Fr 08:00-12:00; PH off', 'so', 'maalin kasta')).toBe('Isniin–Jimco 08:00–12:00');
    expect(describeWeekIn('Mo-Fr 08:00-17:00', 'ar', 'كل يوم')).toBe('الاثنين–الجمعة 08:00–17:00');
  });

  it('uses the edition\'s own word for every day', () => {
    expect(describeWeekIn('Mo-Su 08:00-22:00', 'fa', 'همه روزه')).toBe('همه روزه 08:00–22:00');
  });

  it('lists days that are not in a row, and groups days with other hours apart', () => {
    expect(describeWeekIn('Mo,We 09:00-12:00', 'fi', 'joka päivä')).toBe('maanantai, keskiviikko 09:00–12:00');
    expect(describeWeekIn('Mo-Fr 08:00-16:00; Sa 10:00-14:00', 'fi', 'joka päivä')).toBe('maanantai–perjantai 08:00–16:00; lauantai 10:00–14:00');
  });
});
