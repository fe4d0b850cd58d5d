// Zod's issues turned into Swedish sentences an editor can act on:
// "<file>: fältet "<field>": <what is wrong>. <how to fix it>."
import type { z } from 'astro/zod';
import { excerpt, quoteValue as quote } from './quote.ts';
import { missingField, wrongType } from './type-examples.ts';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const typeNames: Record<string, string> = {
  string: 'en text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'en grupp av fält',
  date: 'ett datum',
};

/** The values a list may hold, when it is a list of fixed words (topics, audience, forWhom …). */
function listChoices(schema: unknown): string[] | undefined {
  const def = (schema as { _zod?: { def?: { type?: string; element?: { options?: unknown } } } } | undefined)?._zod?.def;
  const options = def?.type === 'array' ? def.element?.options : undefined;
  return Array.isArray(options) ? options.map(String) : undefined;
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/**
 * Passed to `safeParse` as its error map. A message written into a schema (the phone, hours and
 * date fields have their own) takes precedence over this one, as Zod orders them.
 */
export function swedishErrorMap(issue: RawIssue): string {
  const input = issue.input;
  const field = fieldPath(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      const choices = listChoices(issue.inst);
      if (input === undefined && choices) return `saknas. Skriv en lista med ett eller flera av: ${choices.join(', ')}, t.ex. [${choices[0]}].`;
      if (input === undefined) return `saknas. Fyll i ${expected}.`;
      return wrongType(issue.path ?? [], issue.expected, expected, input, choices);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v)).join(', ');
      if (input === undefined) return `saknas. Använd ett av: ${values}.`;
      return `${quote(input)} är inget tillåtet värde. Använd ett av: ${values}.`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `behöver minst ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'värde' : 'värden'} i listan.`;
      if (issue.origin === 'string') return 'är tomt. Fyll i en text.';
      return `${quote(input)} är för litet: det minsta tillåtna är ${String(issue.minimum)}.`;
    case 'too_big':
      return `${quote(input)} är för stort: det största tillåtna är ${String(issue.maximum)}.`;
    case 'invalid_union':
      if (input === undefined) return missingField(field);
      if (field.endsWith('municipalities')) {
        return `${quote(input)} har fel form. Skriv en lista med kommunernas id (filnamnen i content/municipalities/ utan .yaml) inom hakparenteser, eller ordet alla.`;
      }
      if (field.endsWith('ranges')) {
        return `${quote(input)} har fel form. Skriv antingen alla: { min, max } för en gräns som gäller alla, eller både kvinna: { min, max } och man: { min, max }.`;
      }
      return `${quote(input)} har fel form. Jämför med ett fungerande exempel i samma mapp.`;
    case 'invalid_format':
      if (issue.format === 'starts_with') return `${quote(input)} ska börja med ${quote((issue as { prefix?: string }).prefix ?? '')}.`;
      if (issue.format === 'regex') return `${quote(input)} går inte att använda här. Skriv bara små bokstäver a–z, siffror och bindestreck, t.ex. q1.`;
      return `${quote(input)} har fel format (${issue.format}).`;
    default:
      if (input === undefined) return missingField(field);
      return `${quote(input)} är inte tillåtet här.`;
  }
}

export function describeIssue(issue: Issue): { field: string; text: string }[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      field: fieldPath([...issue.path, key]),
      text: 'är inget känt fält. Ta bort det, eller rätta stavningen om du menade ett annat fält (fälten beskrivs i content/README.md).',
    }));
  }
  return [{ field: fieldPath(issue.path), text: issue.message }];
}

export function formatError(file: string, field: string | undefined, text: string): string {
  return field ? `${file}: fältet "${field}": ${text}` : `${file}: ${text}`;
}

/**
 * A YAML syntax error as one sentence: the line (counted from `firstLine`, for front matter that
 * starts below the file's first line), what it says, and the likely fix for the common mistakes.
 */
export function describeYamlError(error: unknown, source: string, firstLine = 1): string {
  const { code, message, linePos } = (error ?? {}) as { code?: string; message?: string; linePos?: [{ line: number }] };
  if (!linePos) return 'filen går inte att läsa som YAML. Kontrollera indrag, kolon och citattecken.';
  const line = linePos[0].line;
  // A whole line can be a 100 kB text; enough of it to find the line.
  const text = excerpt(source.split(/\r?\n/)[line - 1]?.trim() ?? '', 80);
  const where = `filen går inte att läsa som YAML på rad ${line + firstLine - 1}${text ? ` (${text})` : ''}.`;
  return `${where} ${yamlHint(code, message ?? '')}`;
}

function yamlHint(code: string | undefined, message: string): string {
  if (code === 'TAB_AS_INDENT') return 'Raden är indragen med tabb: dra in med mellanslag i stället.';
  if (code === 'DUPLICATE_KEY') return 'Samma fält står två gånger: ta bort det ena.';
  if (code === 'MISSING_CHAR') return 'Ett citattecken eller en hakparentes stängs aldrig: avsluta texten med " och listan med ].';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && message.startsWith('Nested mappings')) {
    return 'En text som innehåller kolon (:) ska stå inom citattecken, t.ex. summary: "Öppet: vardagar".';
  }
  if (message.includes('end with a ]')) return 'En lista som börjar med [ ska sluta med ] på samma rad: kontrollera raden ovanför.';
  if (code === 'UNEXPECTED_TOKEN') return 'En text som själv innehåller citattecken skrivs inom enkla citattecken, t.ex. summary: \'Kallas "Mottagningen"\'.';
  return 'Kontrollera indraget (fält på samma nivå börjar lika långt in, med mellanslag), att listor inom [ ] stängs med ] och att text med kolon står inom citattecken.';
}
