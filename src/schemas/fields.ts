// Field types shared by every collection. Each error message is Swedish and says how to fix it,
// because the people who read them are editors, not developers.
import { z } from 'astro/zod';
import { examplePhone, parsePhone } from '../lib/phone.ts';
import { buildDate } from '../lib/build-date.ts';
import { parseOpeningHours } from '../lib/opening-hours/parse.ts';
import { quoteValue } from '../lib/quote.ts';
import { phoneProblem } from './field-checks/phone.ts';
import { looksLikeAddress, webAddressProblem } from './field-checks/web-address.ts';
import { hoursWithoutDays } from './field-checks/opening-hours.ts';

const quote = (value: unknown) => quoteValue(String(value));

/**
 * Texts by kind, with room above the longest in content/ today (a name 92 characters, a summary
 * 238, a note 373, an about text 780): a line holds a name or a title, a summary is what a search
 * result shows, a paragraph a few sentences, a long text a few paragraphs.
 */
const textKinds = {
  line: { max: 120, noun: 'en rad som ett namn eller en rubrik' },
  summary: { max: 400, noun: 'en sammanfattning' },
  paragraph: { max: 600, noun: 'ett stycke' },
  long: { max: 2000, noun: 'en längre text' },
} as const;

const count = (n: number) => n.toLocaleString('sv-SE').replace(/\s/g, ' ');

export type TextKind = keyof typeof textKinds;

/** The longest a text of this kind may be, and the sentence that says so (the editor shows it too). */
export function textLimit(kind: TextKind): { max: number; sentence: string } {
  const { max, noun } = textKinds[kind];
  return { max, sentence: `${noun} får vara högst ${count(max)}. Korta texten.` };
}

/** Which kind each text field is, for the editor's configuration (src/features/editor/config.ts). */
export const textKindOf = new WeakMap<z.ZodType, TextKind>();

function textField(kind: TextKind, whenEmpty = 'Fyll i en text.') {
  const { noun } = textKinds[kind];
  const { max, sentence } = textLimit(kind);
  const field = z.string().superRefine((text, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const length = [...text].length;
    // Zero-width spaces and other format characters show nothing either (they come with pasted text).
    if (text.replace(/[\s\p{Cf}]/gu, '') === '') issue(`${text === '' ? 'är tomt' : text.trim() === '' ? 'har bara mellanslag' : 'har bara osynliga tecken'}. ${whenEmpty}`);
    else if (kind === 'line' && /[\r\n]/.test(text.trim())) issue(`har flera rader, men ${noun} ska stå på en rad. Skriv texten på en rad.`);
    else if (length > max) issue(`är ${count(length)} tecken; ${sentence}`);
  });
  textKindOf.set(field, kind);
  return field;
}

/** A name, title or label: one line. */
export const lineText = textField('line');
/** What a search result or a card shows: one or two sentences. */
export const summaryText = textField('summary');
/** A note or an explanation: a few sentences. */
export const paragraphText = textField('paragraph');
/** What happens when you get in touch, a licence: a few paragraphs. */
export const longText = textField('long');

/**
 * Other names people use for a service, programme or line: an abbreviation ("NA", "BUP"), an
 * everyday or older name. Shown on its own page and searched as if they were its name.
 */
export const alsoKnownAsField = z.array(lineText).min(1, 'är en tom lista. Skriv minst ett namn, t.ex. alsoKnownAs: [NA], eller ta bort raden.');

const phoneExample = `phone: "${examplePhone}"`;

/** A phone number as editors write it; becomes `{ display, tel }` with `tel` in E.164 or a short number. */
export const phoneField = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `saknas. Skriv numret inom citattecken, t.ex. ${phoneExample}.`
        : typeof issue.input === 'number'
          ? `${quoteValue(issue.input)} lästes som ett tal, inte som ett telefonnummer. Sätt numret inom citattecken, t.ex. ${phoneExample}.`
          : `${quoteValue(issue.input)} är inget telefonnummer. Skriv ett nummer inom citattecken, t.ex. ${phoneExample}.`,
  })
  .transform((raw, ctx) => {
    const problem = phoneProblem(raw);
    const phone = parsePhone(raw);
    if (problem || !phone) {
      ctx.addIssue({ code: 'custom', message: problem ?? `${quote(raw)} är inget giltigt svenskt telefonnummer. Skriv t.ex. ${examplePhone}.` });
      return z.NEVER;
    }
    return phone;
  });

/** Opening hours in OpenStreetMap syntax, checked by the `opening_hours` library. */
export const openingHoursField = z.string().superRefine((raw, ctx) => {
  const withoutDays = hoursWithoutDays(raw);
  if (withoutDays) {
    ctx.addIssue({ code: 'custom', message: withoutDays });
    return;
  }
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
  const today = buildDate();
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
  if (list.length === 0) {
    ctx.addIssue({
      code: 'custom',
      message:
        'saknas. Ange var uppgifterna kommer ifrån: en webbadress (https://…) eller ett dokuments namn och datum, en eller flera.',
    });
    return z.NEVER;
  }
  // A source that is there but empty or not a text is named where it stands, not called missing.
  const sources = list.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  list.forEach((item, i) => {
    const path = Array.isArray(value) ? [i] : [];
    if (typeof item !== 'string') {
      ctx.addIssue({ code: 'custom', path, message: `${quoteValue(item)} är ingen källa. Skriv en webbadress (https://…) eller ett dokuments namn och datum, inom citattecken om det bara är siffror.` });
    } else if (item.trim() === '') {
      ctx.addIssue({ code: 'custom', path, message: 'är tomt. Skriv en webbadress (https://…) eller ett dokuments namn och datum, eller ta bort raden.' });
    }
  });
  if (sources.length !== list.length) return z.NEVER;
  const trimmed = sources.map((s) => s.trim());
  // An address is linked on the page, so it must be one; anything else is shown as a document's name.
  let addressesValid = true;
  trimmed.forEach((source, i) => {
    const problem = looksLikeAddress(source) ? webAddressProblem(source) : undefined;
    if (problem) {
      ctx.addIssue({ code: 'custom', path: Array.isArray(value) ? [i] : [], message: problem });
      addressesValid = false;
    }
  });
  return addressesValid ? trimmed : z.NEVER;
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
  verificationNote: textField('paragraph', 'Skriv vad som inte är bekräftat, eller ta bort fältet om allt är bekräftat.').optional(),
};

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A public page over https: no spaces, no http:, javascript: or localhost. */
export const webField = z
  .string({ error: (issue) => (issue.input === undefined ? 'saknas. Skriv hela adressen, t.ex. https://www.1177.se/.' : `${quoteValue(issue.input)} är ingen webbadress. Skriv hela adressen, t.ex. https://www.1177.se/.`) })
  .superRefine((raw, ctx) => {
    const problem = webAddressProblem(raw);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
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

export const morePhonesField = z.array(z.strictObject({ label: lineText, phone: phoneField }));

export const addressField = z.strictObject({
  street: lineText.optional(),
  postalCode: lineText.optional(),
  city: lineText,
  /** Directions in words, e.g. which entrance. */
  note: paragraphText.optional(),
});

export const contactField = z.strictObject({
  phone: phoneField.optional(),
  /** When to call, or what the number leads to, e.g. "Telefonrådgivning natt". */
  phoneNote: paragraphText.optional(),
  morePhones: morePhonesField.optional(),
  email: emailField.optional(),
  web: webField.optional(),
  chat: webField.optional(),
  address: addressField.optional(),
});
