// The Markdown tables the benchmarks print and write.

/** One row; cells are written as they are. */
export const markdownRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** A header row and its separator: what comes before the first row. */
export const markdownHeader = (header: readonly string[]) => [markdownRow(header), `|${header.map(() => '---|').join('')}`];

/** A whole table: the header, its separator and one row per entry. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [...markdownHeader(header), ...rows.map(markdownRow)];
}
