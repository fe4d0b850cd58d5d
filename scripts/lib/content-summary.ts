// The content check's result as a pull request's job summary (.github/workflows/content.yml):
// the errors grouped by file, in the check's own words, so that a person who saved in the editor
// reads on the pull request what to fix and where, without a terminal.

/** "content/x.yaml: fältet …" → the file, and the rest of the sentence. */
function splitError(error: string): { file: string; text: string } {
  const at = error.indexOf(': ');
  return at === -1 ? { file: '', text: error } : { file: error.slice(0, at), text: error.slice(at + 2) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function contentSummary(errors: readonly string[], warnings: readonly string[] = []): string {
  const lines: string[] = [];
  if (errors.length === 0) {
    lines.push('## Innehållet är giltigt', '', 'Kontrollen hittade inga fel. Bygget körs i nästa steg.');
  } else {
    const byFile = new Map<string, string[]>();
    for (const error of errors) {
      const { file, text } = splitError(error);
      byFile.set(file, [...(byFile.get(file) ?? []), text]);
    }
    lines.push(
      `## Innehållet har ${plural(errors.length, 'fel', 'fel')} i ${plural(byFile.size, 'fil', 'filer')}`,
      '',
      'Ändringen kan inte tas in förrän felen är rättade. Öppna filen i redigeraren (eller i git), rätta det som står nedan och spara igen: kontrollen körs då på nytt.',
    );
    for (const [file, texts] of byFile) {
      lines.push('', `### ${file ? `\`${file}\`` : 'Hela innehållet'}`, '', ...texts.map((text) => `- ${text}`));
    }
  }
  if (warnings.length > 0) {
    lines.push('', `### ${plural(warnings.length, 'varning', 'varningar')} (stoppar inte)`, '', ...warnings.map((warning) => `- ${warning}`));
  }
  return `${lines.join('\n')}\n`;
}
