// Field types shared by every collection. Each error message is Swedish and says how to fix it,
// because the people who read them are editors, not developers.
import { z } from 'astro/zod';
import { parsePhone } from '../lib/phone.ts';
import { parseOpeningHours } from '../features/opening-hours/parse.ts';

const quote = (value: unknown) => JSON.stringify(String(value));

/** A phone number as editors write it; becomes `{ display, tel }` with `tel` in E.164 or a short number. */
export const phoneField = z.string().transform((raw, ctx) => {
  const phone = parsePhone(raw);
  if (!phone) {
    ctx.addIssue({
      code: 'custom',
      message: `${quote(raw)} är inget giltigt svenskt telefonnummer. Skriv t.ex. 0455-73 10 00.`,
    });
    return z.NEVER;
  }
  return phone;
});

/** Opening hours in OpenStreetMap syntax, checked by the `opening_hours` library. */
export const openingHoursField = z.string().superRefine((raw, ctx) => {
  const result = parseOpeningHours(raw);
  if (!result.ok) {
    ctx.addIssue({
      code: 'custom',
      message: `${quote(raw)} är inga giltiga öppettider i OpenStreetMap-format (${result.reason}). Skriv t.ex. Mo-Fr 08:00-16:30; PH off.`,
    });
  }
});

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isoDatePattern.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  return undefined;
}

/** Today's date in Sweden, as YYYY-MM-DD. */
// One formatter for every call: the content check asks for today once per reviewed date, and a
// new Intl.DateTimeFormat each time was most of its time on a national content set.
let swedishDate: Intl.DateTimeFormat | undefined;

export function todayInSweden(now: Date = new Date()): string {
  swedishDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });
  return swedishDate.format(now);
}

/** A date the content was last reviewed: YYYY-MM-DD, not after today. Output is the ISO string. */
export const reviewedField = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null || value === '') {
    ctx.addIssue({
      code: 'custom',
      message: 'saknas. Ange när uppgifterna senast granskades, som ÅÅÅÅ-MM-DD, t.ex. 2026-11-01.',
    });
    return z.NEVER;
  }
  const iso = toIsoDate(value);
  if (!iso) {
    ctx.addIssue({
      code: 'custom',
      message: `${quote(value instanceof Date ? value.toISOString() : value)} är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-01.`,
    });
    return z.NEVER;
  }
  const today = todayInSweden();
  if (iso > today) {
    ctx.addIssue({
      code: 'custom',
      message: `${iso} ligger i framtiden. Ange det datum då uppgifterna faktiskt granskades (senast i dag, ${today}).`,
    });
    return z.NEVER;
  }
  return iso;
});

/** Where a fact comes from: a web address or a document's name, one or several. */
export const sourceField = z.unknown().transform((value, ctx) => {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const sources = list.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  if (sources.length === 0 || sources.length !== list.length) {
    ctx.addIssue({
      code: 'custom',
      message:
        'saknas. Ange var uppgifterna kommer ifrån: en webbadress (https://…) eller ett dokuments namn och datum, en eller flera.',
    });
    return z.NEVER;
  }
  return sources.map((s) => s.trim());
});

/** Whether a person has checked the facts against the source. */
export const verifiedField = z.boolean({
  error: (issue) =>
    issue.input === undefined
      ? 'saknas. Skriv verified: true om en person har kontrollerat uppgifterna mot källan, annars verified: false.'
      : `${quote(issue.input)} ska vara true eller false.`,
});

/** Sourcing shared by every fact-bearing entry. */
export const provenance = {
  source: sourceField,
  reviewed: reviewedField,
  verified: verifiedField,
  /** What exactly is not verified, in words the reader sees. */
  verificationNote: z.string().optional(),
};

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const webField = z.url({
  protocol: /^https?$/,
  error: (issue) => `${quote(issue.input)} är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.`,
});

export const emailField = z.email({
  error: (issue) => `${quote(issue.input)} är ingen e-postadress. Skriv t.ex. namn@kommun.se.`,
});

export const topicValues = ['alkohol', 'narkotika', 'lakemedel', 'spel', 'psykisk-ohalsa', 'vald'] as const;
export const topicsField = z.array(z.enum(topicValues));

/** Who an entry is for, in the navigator's words. */
export const audienceValues = ['egen-del', 'anhorig', 'barn-och-unga'] as const;
export const audienceField = z.array(z.enum(audienceValues));

export const agesField = z
  .strictObject({
    min: z.int().min(0).max(120).optional(),
    max: z.int().min(0).max(120).optional(),
  })
  .refine((ages) => ages.min === undefined || ages.max === undefined || ages.min <= ages.max, {
    message: 'min är större än max. Ange den lägsta åldern i min och den högsta i max.',
  });

/** A list of municipality ids, or the word "alla" for every municipality in the region. */
export const municipalitiesField = z.union([z.literal('alla'), z.array(z.string()).min(1)]);

export const morePhonesField = z.array(z.strictObject({ label: z.string(), phone: phoneField }));

export const addressField = z.strictObject({
  street: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string(),
  /** Directions in words, e.g. which entrance. */
  note: z.string().optional(),
});

export const contactField = z.strictObject({
  phone: phoneField.optional(),
  /** When to call, or what the number leads to, e.g. "Telefonrådgivning natt". */
  phoneNote: z.string().optional(),
  morePhones: morePhonesField.optional(),
  email: emailField.optional(),
  web: webField.optional(),
  chat: webField.optional(),
  address: addressField.optional(),
});
