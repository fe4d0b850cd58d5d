// LIX (läsbarhetsindex): words per sentence plus the share of words over six letters, in percent.
// Used by the readability tests and by `npm run lix` for editors writing lättläst.

export function lix(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?:]+(\s|$)/g) ?? []).length);
  const long = words.filter((w) => w.replace(/[-']/g, '').length > 6).length;
  return words.length / sentences + (long * 100) / Math.max(1, words.length);
}

/** The readable text of an MDX file: no front matter, no tags or imports, list items and headings as sentences. */
export function mdxText(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(#+|[-*]|\d+\.)[ \t]+(.*?)[.!?:]?[ \t]*$/gm, '$2.')
    .replace(/[*_`>]/g, ' ');
}
