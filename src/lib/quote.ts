// A value as an error message shows it: on one line, and short. A 100 kB summary pasted into a
// message would bury the message; the field name and the first words are enough to find it.

const longest = 60;

/** At most `max` characters; a longer text ends in "…". */
export function excerpt(text: string, max = longest): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The value quoted for a message: a text in quotation marks, anything else as YAML would show it. */
export function quoteValue(value: unknown, max = longest): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '"?"' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(excerpt(value, max));
  return excerpt(JSON.stringify(value) ?? String(value), max);
}
