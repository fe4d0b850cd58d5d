import { getCollection } from 'astro:content';

let confirmed: Promise<Set<string>> | undefined;

const isPhone = (value: unknown): value is { display: string; tel: string } =>
  typeof value === 'object' && value !== null && typeof (value as { tel?: unknown }).tel === 'string' && typeof (value as { display?: unknown }).display === 'string';

/** Every number anywhere in an entry's data (phone, morePhones, a switchboard …). */
function numbersIn(value: unknown, into: Set<string>) {
  if (isPhone(value)) into.add(value.tel);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, into);
  // A part with its own `verified: false` (a municipality's switchboard) is not confirmed by its file.
  else if (typeof value === 'object' && value !== null && (value as { verified?: unknown }).verified !== false) for (const item of Object.values(value)) numbersIn(item, into);
}

/**
 * The `tel:` targets that a verified file gives. Such a number needs no caveat on any page, even
 * where an unverified file repeats it (1177 as a way to book); every other number carries one.
 */
export function confirmedNumbers(): Promise<Set<string>> {
  confirmed ??= (async () => {
    const numbers = new Set<string>();
    const entries = [
      ...(await getCollection('helplines')),
      ...(await getCollection('services')),
      ...(await getCollection('programmes')),
      ...(await getCollection('municipalities')),
    ];
    for (const { data } of entries) if (data.verified) numbersIn(data, numbers);
    return numbers;
  })();
  return confirmed;
}
