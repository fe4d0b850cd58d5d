// A value of the wrong type, told with an example of the right form for that field: YAML reads an
// unquoted 112 as a number and "alkohol" as a text where a list was meant, and an editor fixes it
// fastest by seeing the line as it should be written.
import { examplePhone } from '../lib/phone.ts';
import { excerpt, quoteValue } from '../lib/quote.ts';

const objectExamples: Record<string, string> = {
  contact: `contact: { phone: "${examplePhone}", web: https://www.example.se/ }`,
  address: 'address: { street: Storgatan 1, postalCode: "123 45", city: Staden }',
  ages: 'ages: { min: 18, max: 25 }',
  region: 'region: { name: Regionen, county: Länet }',
  owner: 'owner: { name: Regionen }',
  acuteStrip: 'acuteStrip: { emergency: larmnummer-112, healthcare: vardguiden-1177, suicide: sjalvmordslinjen }',
  morePhones: `- { label: Växel, phone: "${examplePhone}" }`,
  nextSteps: '- { text: Se var du kan få stöd, path: /hitta-hjalp/ }',
};

const got = (input: unknown): string => {
  if (typeof input === 'number') return 'lästes som ett tal';
  if (typeof input === 'boolean') return 'lästes som true eller false';
  if (input instanceof Date) return 'lästes som ett datum';
  if (Array.isArray(input)) return 'är en lista';
  if (typeof input === 'object') return 'är en grupp av fält';
  return 'är en text';
};

/** A required field that is not there. */
export function missingField(field: string): string {
  if (field.endsWith('municipalities')) return 'saknas. Skriv ordet alla, eller en lista inom hakparenteser med filnamnen (utan .yaml) på kommunerna i content/municipalities/.';
  if (field.endsWith('ranges')) return 'saknas. Skriv t.ex. ranges: { alla: { min: 0, max: 7 } }, eller både kvinna: { min, max } och man: { min, max }.';
  return 'saknas. Fyll i fältet (fälten beskrivs i content/README.md).';
}

/** `expected` is Zod's type name (string, array …), `expectedName` the same in Swedish. */
export function wrongType(path: ReadonlyArray<PropertyKey>, expected: string, expectedName: string, input: unknown, choices?: string[]): string {
  const last = path.at(-1);
  const inList = typeof last === 'number';
  const key = String([...path].reverse().find((segment) => typeof segment === 'string') ?? 'fältet');
  const prefix = inList ? '' : `${key}: `;
  if (input === null) return `är tomt, men här ska stå ${expectedName}. Fyll i det efter kolonet, eller ta bort raden om fältet inte behövs.`;
  const what = `${quoteValue(input)} ${got(input)}, men här ska stå ${expectedName}.`;
  switch (expected) {
    case 'string': {
      if (typeof input === 'number' || typeof input === 'boolean' || input instanceof Date) {
        const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
        return `${what} Sätt texten inom citattecken, t.ex. ${prefix}"${shown}".`;
      }
      if (Array.isArray(input) && typeof input[0] === 'string') return `${what} Skriv texten utan hakparenteser, t.ex. ${prefix}${excerpt(input[0], 40)}.`;
      return `${what} Skriv texten efter kolonet på samma rad, t.ex. ${prefix}"En text".`;
    }
    case 'array': {
      const items = typeof input === 'string' || typeof input === 'number' ? excerpt(String(input), 40) : (choices?.[0] ?? 'första, andra');
      return `${what} Skriv en lista inom hakparenteser, t.ex. ${prefix}[${items}].`;
    }
    case 'boolean':
      return `${what} Skriv ${key}: true eller ${key}: false, utan citattecken.`;
    case 'number':
    case 'int': {
      const digits = typeof input === 'string' ? /\d+/.exec(input)?.[0] : undefined;
      return `${what} Skriv ett tal utan citattecken, t.ex. ${prefix}${digits ?? 1}.`;
    }
    case 'object': {
      const example = objectExamples[key];
      return example ? `${what} Skriv det så här: ${example}.` : `${what} Jämför med ett fungerande exempel i samma mapp.`;
    }
    default:
      return `${what} Jämför med ett fungerande exempel i samma mapp.`;
  }
}
