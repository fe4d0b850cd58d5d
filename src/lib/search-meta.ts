// What a page tells the search index about itself beyond its text, in names both sides agree on:
// the components that write it and the build step that reads it back from the index.

/** The Pagefind metadata holding a page's other names ("NA", "BUP"), joined by `namesSeparator`. */
export const namesMeta = 'names';
export const namesSeparator = '|';
