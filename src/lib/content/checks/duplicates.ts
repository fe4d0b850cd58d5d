// The same thing twice: a value repeated in a list, or a service file copied under a new name, so
// that readers see the same name and number twice on every page that lists it.
import type { Site } from '../../../schemas/site.ts';
import { formatError } from '../../../schemas/messages.ts';
import type { ContentEntry } from '../validate.ts';

/** Lists of ids or fixed words, where a value written twice is a slip, never a meaning. */
const listFields = ['municipalities', 'topics', 'audience', 'forWhom', 'ageGroup', 'format', 'helpsWith', 'languages'] as const;

function repeatedInList(file: string, field: string, values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return values.flatMap((value, index) =>
    values.indexOf(value) < index
      ? [formatError(file, `${field}.${index}`, `"${String(value)}" står redan i listan (plats ${values.indexOf(value) + 1}). Ta bort den ena.`)]
      : [],
  );
}

interface Phone {
  display: string;
  tel: string;
}

function phoneOf(entry: ContentEntry): Phone | undefined {
  const contact = entry.data.contact as { phone?: Phone } | undefined;
  return (entry.data.phone as Phone | undefined) ?? contact?.phone;
}

const collectionNouns: Partial<Record<ContentEntry['collection'], string>> = {
  services: 'mottagningar',
  helplines: 'stödlinjer',
  programmes: 'stödprogram',
};

export function duplicateErrors(entries: ContentEntry[], site: Site | undefined, siteFile: string): string[] {
  const errors: string[] = [];
  if (site) errors.push(...repeatedInList(siteFile, 'municipalities', site.municipalities));
  for (const entry of entries) {
    for (const field of listFields) errors.push(...repeatedInList(entry.file, field, entry.data[field]));
  }

  // A copied file: the same name and the same number in the same collection.
  const seen = new Map<string, ContentEntry>();
  for (const entry of entries) {
    const noun = collectionNouns[entry.collection];
    const phone = phoneOf(entry);
    if (!noun || !phone || typeof entry.data.name !== 'string') continue;
    const key = `${entry.collection}\n${entry.data.name.trim().toLowerCase()}\n${phone.tel}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, entry);
      continue;
    }
    errors.push(
      formatError(
        entry.file,
        'name',
        `"${entry.data.name}" med telefonnumret ${phone.display} finns redan i ${earlier.file}, så det står två gånger på sidorna. Ta bort den ena filen, eller skriv vad som skiljer de två ${noun} åt i name.`,
      ),
    );
  }
  return errors;
}
