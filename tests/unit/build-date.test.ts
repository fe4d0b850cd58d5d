import { describe, expect, it } from 'vitest';
import { buildDate, isOutdated } from '../../src/lib/build-date.ts';

describe('the build date', () => {
  it('is BUILD_DATE when set, today in Sweden otherwise', () => {
    expect(buildDate({ BUILD_DATE: '2028-02-29' })).toBe('2028-02-29');
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses a BUILD_DATE that is not a date, in Swedish', () => {
    expect(() => buildDate({ BUILD_DATE: '1 maj' })).toThrow('BUILD_DATE=1 maj är inget datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-06-01, eller ta bort variabeln.');
  });
});

describe('a text reviewed more than twelve months before the build is out of date', () => {
  it.each([
    ['2026-11-22', '2027-11-22', false],
    ['2026-11-21', '2027-11-22', true],
    ['2026-11-22', '2026-11-22', false],
    ['2025-02-28', '2026-02-28', false],
    ['2025-02-27', '2026-02-28', true],
  ])('reviewed %s, built %s → %s', (reviewed, today, expected) => {
    expect(isOutdated(reviewed, today)).toBe(expected);
  });
});
