import OpeningHours from 'opening_hours';

// Sweden, so that "PH" (public holiday) in a rule means Swedish holidays.
const swedishLocation = { lat: 56.16, lon: 15.59, address: { country_code: 'se', state: '' } };

export type ParsedOpeningHours =
  | { ok: true; hours: OpeningHours }
  | { ok: false; reason: string };

export function parseOpeningHours(value: string): ParsedOpeningHours {
  try {
    const hours = new OpeningHours(value, swedishLocation, { mode: 0, tag_key: undefined, map_value: undefined, warnings_severity: 4, locale: 'sv' });
    if (hours.getWarnings().length > 0) {
      return { ok: false, reason: 'regeln går att läsa på flera sätt; skriv tider med timmar och minuter, t.ex. 08:00' };
    }
    return { ok: true, hours };
  } catch (error) {
    const text = String(error);
    const near = text.split('<---')[0]?.replace(/^Error:\s*/, '').trim();
    return { ok: false, reason: near ? `felet sitter vid "${near}"` : 'regeln kunde inte läsas' };
  }
}
