import OpeningHours, { type nominatim_object } from 'opening_hours';
import { inSweden, type OpeningHoursLocation } from '../../lib/region.ts';

const options = { mode: 0, tag_key: undefined, map_value: undefined, warnings_severity: 4, locale: 'sv' } as const;

/**
 * The library's reading of a rule at a location: the region's (site.yaml's region.location) where
 * hours are computed, Sweden without coordinates where a rule is only read. Its types ask for
 * numbers, but opening_hours 3.15 reads coordinates only as strings and silently ignores numbers
 * (sunrise and sunset then fall back to 06:00 and 18:00), so they are passed as strings.
 */
export function openingHoursAt(value: string, location: OpeningHoursLocation = inSweden): OpeningHours {
  const { lat, lon, address } = location;
  const coordinates = lat === undefined || lon === undefined ? {} : { lat: String(lat), lon: String(lon) };
  return new OpeningHours(value, { address, ...coordinates } as unknown as nominatim_object, options);
}

export type ParsedOpeningHours =
  | { ok: true; hours: OpeningHours }
  | { ok: false; reason: string };

export function parseOpeningHours(value: string): ParsedOpeningHours {
  try {
    const hours = openingHoursAt(value);
    const warnings = hours.getWarnings();
    if (warnings.length > 0) return { ok: false, reason: explainWarnings(warnings) };
    return { ok: true, hours };
  } catch (error) {
    const text = String(error);
    const near = text.split('<---')[0]?.replace(/^Error:\s*/, '').trim();
    return { ok: false, reason: near ? `felet sitter vid "${near}"` : 'regeln kunde inte läsas' };
  }
}

// The library reads some near-misses anyway and warns (in English); an editor gets the fix in Swedish.
const warningFixes: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/Assuming "([^"]+)" for "([^"]+)"/, (m) => `skriv ${m[1]} i stället för ${m[2]}`],
  [/hour\/minute-separator/, () => 'skriv kolon mellan timmar och minuter, t.ex. 08:00, inte 08.00'],
  [/without minutes/, () => 'skriv tider med timmar och minuter, t.ex. 08:00-16:00, inte 8-16'],
  [/notation "-" for "–"/, () => 'skriv bindestreck (-) mellan tiderna, inte tankstreck (–)'],
  [/not connected time ranges/, () => 'skriv kommatecken mellan tiderna samma dag, t.ex. 08:00-12:00,13:00-16:30'],
  [/evaluated as closed but it was specified as additional rule/, () => 'skriv semikolon före en regel som stänger, t.ex. Mo-Fr 08:00-16:30; PH off'],
  [/was switched with the selector/, () => 'skriv dagarna före tiderna och skilj reglerna åt med semikolon, t.ex. Mo-Fr 08:00-16:30; PH off'],
];

function explainWarnings(warnings: string[]): string {
  const days: string[] = [];
  const fixes: string[] = [];
  for (const warning of warnings) {
    const day = /English abbreviation "([^"]+)" for "([^"]+)"/.exec(warning);
    if (day) {
      days.push(`${day[1]} i stället för ${day[2]}`);
      continue;
    }
    const known = warningFixes.find(([pattern]) => pattern.test(warning));
    fixes.push(known ? known[1](warning.match(known[0])!) : 'regeln går att läsa på flera sätt; skriv den som i exemplet');
  }
  if (days.length > 0) fixes.unshift(`skriv veckodagarna med engelska förkortningar: ${days.join(', ')}`);
  return [...new Set(fixes)].join('; ');
}
