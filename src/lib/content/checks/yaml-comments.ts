// The editor at /admin/ reads a YAML file as data and writes it back without its comments, so a
// reason written as a comment is lost the first time someone saves the file there. In the files
// the editor writes, a comment is therefore an error that names the field to write it in instead.
import { Lexer } from 'yaml';

/** Where to write what a comment says, for each collection the editor writes (and the glossary). */
export const commentAdvice: Record<string, string> = {
  services: 'Skriv det i fältet editorialNote i stället.',
  programmes: 'Skriv det i fältet editorialNote i stället.',
  helplines: 'Skriv det i fältet editorialNote i stället.',
  municipalities: 'Skriv det i fältet editorialNote i stället.',
  synonyms: 'Skriv det i fältet note i posten i stället.',
  glossary: 'Skriv det i content/README.md i stället.',
};

/** The first comment in a YAML text, as the sentence an editor reads; undefined without one. */
export function yamlComment(yaml: string, collection: string): string | undefined {
  const advice = commentAdvice[collection];
  if (!advice) return undefined;
  let offset = 0;
  // The lexer's tokens: a comment is its own token, so a # inside a quoted or block text is not one.
  for (const token of new Lexer().lex(yaml)) {
    if (token.startsWith('#')) {
      const line = yaml.slice(0, offset).split('\n').length;
      return `rad ${line}: Kommentarer försvinner när någon sparar i redigeraren. ${advice}`;
    }
    // Control tokens (\x02 document, \x1f scalar …) are not in the text.
    if (!/^[\x00-\x08\x0e-\x1f]$/.test(token)) offset += token.length;
  }
  return undefined;
}
