// How the header's box hands its words to the search page: in the fragment, which is never sent
// to a server. A query string (?q=) only arrives from a browser without JavaScript.
export const searchPagePath = '/sok/';

export function toFragment(query: string): string {
  const words = query.trim();
  return words ? `#q=${encodeURIComponent(words)}` : '';
}

/** The words handed to the search page, from the fragment or, without JavaScript, the query string. */
export function receivedQuery(location: Pick<Location, 'hash' | 'search'>): string {
  const fromFragment = new URLSearchParams(location.hash.replace(/^#/, '')).get('q');
  const fromQuery = new URLSearchParams(location.search).get('q');
  return (fromFragment ?? fromQuery ?? '').trim();
}
